from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignCounts")


@_attrs_define
class CampaignCounts:
    """
    Attributes:
        queued (int | Unset):
        sent (int | Unset):
        delivered (int | Unset):
        suppressed (int | Unset): no marketing consent on the channel, restricted, or no address
        failed (int | Unset):
    """

    queued: int | Unset = UNSET
    sent: int | Unset = UNSET
    delivered: int | Unset = UNSET
    suppressed: int | Unset = UNSET
    failed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queued = self.queued

        sent = self.sent

        delivered = self.delivered

        suppressed = self.suppressed

        failed = self.failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if queued is not UNSET:
            field_dict["queued"] = queued
        if sent is not UNSET:
            field_dict["sent"] = sent
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if suppressed is not UNSET:
            field_dict["suppressed"] = suppressed
        if failed is not UNSET:
            field_dict["failed"] = failed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        queued = d.pop("queued", UNSET)

        sent = d.pop("sent", UNSET)

        delivered = d.pop("delivered", UNSET)

        suppressed = d.pop("suppressed", UNSET)

        failed = d.pop("failed", UNSET)

        campaign_counts = cls(
            queued=queued,
            sent=sent,
            delivered=delivered,
            suppressed=suppressed,
            failed=failed,
        )

        campaign_counts.additional_properties = d
        return campaign_counts

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
