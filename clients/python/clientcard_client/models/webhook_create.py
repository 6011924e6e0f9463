from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookCreate")


@_attrs_define
class WebhookCreate:
    """
    Attributes:
        url (str): http(s); private, loopback and link-local addresses are refused
        events (list[str]): event types, or `["*"]` for all: client.created, client.updated, client.merged,
            client.erased, visit.booked, visit.updated, invoice.issued, payment.recorded, refund.issued, balance.changed,
            points.earned, points.spent, points.expired, tier.changed, gift_card.changed, membership.changed,
            message.status_changed, file.added, consent.signed
        secret (str | Unset): signs every delivery; generated (and answered once) when left out
        description (str | Unset):
    """

    url: str
    events: list[str]
    secret: str | Unset = UNSET
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        events = self.events

        secret = self.secret

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
                "events": events,
            }
        )
        if secret is not UNSET:
            field_dict["secret"] = secret
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        events = cast(list[str], d.pop("events"))

        secret = d.pop("secret", UNSET)

        description = d.pop("description", UNSET)

        webhook_create = cls(
            url=url,
            events=events,
            secret=secret,
            description=description,
        )

        return webhook_create
