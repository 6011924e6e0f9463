from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_counts import CampaignCounts
    from ..models.campaign_segment import CampaignSegment


T = TypeVar("T", bound="Campaign")


@_attrs_define
class Campaign:
    """
    Attributes:
        id (str | Unset):
        name (str | Unset):
        channel (str | Unset):
        segment (CampaignSegment | Unset):
        subject (None | str | Unset):
        body (str | Unset):
        status (str | Unset): sending, sent or cancelled
        recipients (int | Unset):
        counts (CampaignCounts | Unset):
        created_at (datetime.datetime | Unset):
        cancelled_at (datetime.datetime | None | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    channel: str | Unset = UNSET
    segment: CampaignSegment | Unset = UNSET
    subject: None | str | Unset = UNSET
    body: str | Unset = UNSET
    status: str | Unset = UNSET
    recipients: int | Unset = UNSET
    counts: CampaignCounts | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    cancelled_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        channel = self.channel

        segment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.segment, Unset):
            segment = self.segment.to_dict()

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        body = self.body

        status = self.status

        recipients = self.recipients

        counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.counts, Unset):
            counts = self.counts.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        cancelled_at: None | str | Unset
        if isinstance(self.cancelled_at, Unset):
            cancelled_at = UNSET
        elif isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat()
        else:
            cancelled_at = self.cancelled_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if channel is not UNSET:
            field_dict["channel"] = channel
        if segment is not UNSET:
            field_dict["segment"] = segment
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body
        if status is not UNSET:
            field_dict["status"] = status
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if counts is not UNSET:
            field_dict["counts"] = counts
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if cancelled_at is not UNSET:
            field_dict["cancelled_at"] = cancelled_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_counts import CampaignCounts  # noqa: PLC0415
        from ..models.campaign_segment import CampaignSegment  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        channel = d.pop("channel", UNSET)

        _segment = d.pop("segment", UNSET)
        segment: CampaignSegment | Unset
        if isinstance(_segment, Unset):
            segment = UNSET
        else:
            segment = CampaignSegment.from_dict(_segment)

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        body = d.pop("body", UNSET)

        status = d.pop("status", UNSET)

        recipients = d.pop("recipients", UNSET)

        _counts = d.pop("counts", UNSET)
        counts: CampaignCounts | Unset
        if isinstance(_counts, Unset):
            counts = UNSET
        else:
            counts = CampaignCounts.from_dict(_counts)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_cancelled_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancelled_at_type_0 = datetime.datetime.fromisoformat(data)

                return cancelled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        cancelled_at = _parse_cancelled_at(d.pop("cancelled_at", UNSET))

        campaign = cls(
            id=id,
            name=name,
            channel=channel,
            segment=segment,
            subject=subject,
            body=body,
            status=status,
            recipients=recipients,
            counts=counts,
            created_at=created_at,
            cancelled_at=cancelled_at,
        )

        campaign.additional_properties = d
        return campaign

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
