from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookUpdate")


@_attrs_define
class WebhookUpdate:
    """
    Attributes:
        url (str | Unset):
        events (list[str] | Unset): event types, or `["*"]` for all: client.created, client.updated, client.merged,
            client.erased, visit.booked, visit.updated, invoice.issued, payment.recorded, refund.issued, balance.changed,
            points.earned, points.spent, points.expired, tier.changed, gift_card.changed, membership.changed,
            message.status_changed, file.added, consent.signed
        secret (str | Unset):
        description (None | str | Unset):
        active (bool | Unset): true re-enables a disabled subscription; false pauses it
    """

    url: str | Unset = UNSET
    events: list[str] | Unset = UNSET
    secret: str | Unset = UNSET
    description: None | str | Unset = UNSET
    active: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = self.events

        secret = self.secret

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if events is not UNSET:
            field_dict["events"] = events
        if secret is not UNSET:
            field_dict["secret"] = secret
        if description is not UNSET:
            field_dict["description"] = description
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        events = cast(list[str], d.pop("events", UNSET))

        secret = d.pop("secret", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        active = d.pop("active", UNSET)

        webhook_update = cls(
            url=url,
            events=events,
            secret=secret,
            description=description,
            active=active,
        )

        return webhook_update
