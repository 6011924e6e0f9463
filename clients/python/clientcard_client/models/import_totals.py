from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportTotals")


@_attrs_define
class ImportTotals:
    """
    Attributes:
        clients (int | Unset):
        created (int | Unset):
        updated (int | Unset):
        conflicts (int | Unset):
        currency (None | str | Unset):
        balances (int | Unset): clients with an opening balance
        balance_positive_minor (int | Unset): sum of prepaid opening balances
        balance_negative_minor (int | Unset): sum of owed opening balances (negative)
        points (int | Unset):
        gift_cards (int | Unset):
        gift_card_minor (int | Unset):
        memberships (int | Unset):
        credit_packs (int | Unset):
        visits (int | Unset): kind=visits
        price_minor (int | Unset): kind=visits: sum of the visits' prices
    """

    clients: int | Unset = UNSET
    created: int | Unset = UNSET
    updated: int | Unset = UNSET
    conflicts: int | Unset = UNSET
    currency: None | str | Unset = UNSET
    balances: int | Unset = UNSET
    balance_positive_minor: int | Unset = UNSET
    balance_negative_minor: int | Unset = UNSET
    points: int | Unset = UNSET
    gift_cards: int | Unset = UNSET
    gift_card_minor: int | Unset = UNSET
    memberships: int | Unset = UNSET
    credit_packs: int | Unset = UNSET
    visits: int | Unset = UNSET
    price_minor: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clients = self.clients

        created = self.created

        updated = self.updated

        conflicts = self.conflicts

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        balances = self.balances

        balance_positive_minor = self.balance_positive_minor

        balance_negative_minor = self.balance_negative_minor

        points = self.points

        gift_cards = self.gift_cards

        gift_card_minor = self.gift_card_minor

        memberships = self.memberships

        credit_packs = self.credit_packs

        visits = self.visits

        price_minor = self.price_minor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clients is not UNSET:
            field_dict["clients"] = clients
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if conflicts is not UNSET:
            field_dict["conflicts"] = conflicts
        if currency is not UNSET:
            field_dict["currency"] = currency
        if balances is not UNSET:
            field_dict["balances"] = balances
        if balance_positive_minor is not UNSET:
            field_dict["balance_positive_minor"] = balance_positive_minor
        if balance_negative_minor is not UNSET:
            field_dict["balance_negative_minor"] = balance_negative_minor
        if points is not UNSET:
            field_dict["points"] = points
        if gift_cards is not UNSET:
            field_dict["gift_cards"] = gift_cards
        if gift_card_minor is not UNSET:
            field_dict["gift_card_minor"] = gift_card_minor
        if memberships is not UNSET:
            field_dict["memberships"] = memberships
        if credit_packs is not UNSET:
            field_dict["credit_packs"] = credit_packs
        if visits is not UNSET:
            field_dict["visits"] = visits
        if price_minor is not UNSET:
            field_dict["price_minor"] = price_minor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        clients = d.pop("clients", UNSET)

        created = d.pop("created", UNSET)

        updated = d.pop("updated", UNSET)

        conflicts = d.pop("conflicts", UNSET)

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        balances = d.pop("balances", UNSET)

        balance_positive_minor = d.pop("balance_positive_minor", UNSET)

        balance_negative_minor = d.pop("balance_negative_minor", UNSET)

        points = d.pop("points", UNSET)

        gift_cards = d.pop("gift_cards", UNSET)

        gift_card_minor = d.pop("gift_card_minor", UNSET)

        memberships = d.pop("memberships", UNSET)

        credit_packs = d.pop("credit_packs", UNSET)

        visits = d.pop("visits", UNSET)

        price_minor = d.pop("price_minor", UNSET)

        import_totals = cls(
            clients=clients,
            created=created,
            updated=updated,
            conflicts=conflicts,
            currency=currency,
            balances=balances,
            balance_positive_minor=balance_positive_minor,
            balance_negative_minor=balance_negative_minor,
            points=points,
            gift_cards=gift_cards,
            gift_card_minor=gift_card_minor,
            memberships=memberships,
            credit_packs=credit_packs,
            visits=visits,
            price_minor=price_minor,
        )

        import_totals.additional_properties = d
        return import_totals

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
