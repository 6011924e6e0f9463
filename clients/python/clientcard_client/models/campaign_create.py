from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.campaign_create_channel import CampaignCreateChannel, check_campaign_create_channel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.segment import Segment


T = TypeVar("T", bound="CampaignCreate")


@_attrs_define
class CampaignCreate:
    """
    Attributes:
        name (str):
        channel (CampaignCreateChannel):
        segment (Segment):
        body (str):
        subject (None | str | Unset):
    """

    name: str
    channel: CampaignCreateChannel
    segment: Segment
    body: str
    subject: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        channel: str = self.channel

        segment = self.segment.to_dict()

        body = self.body

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "channel": channel,
                "segment": segment,
                "body": body,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.segment import Segment  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        channel = check_campaign_create_channel(d.pop("channel"))

        segment = Segment.from_dict(d.pop("segment"))

        body = d.pop("body")

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        campaign_create = cls(
            name=name,
            channel=channel,
            segment=segment,
            body=body,
            subject=subject,
        )

        return campaign_create
