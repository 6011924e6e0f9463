from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entry import Entry
    from ..models.money import Money


T = TypeVar("T", bound="Balance")


@_attrs_define
class Balance:
    """
    Attributes:
        client_id (str | Unset):
        currency (str | Unset):
        account_open (bool | Unset):
        balance (Money | Unset):
        credit (Money | Unset):
        outstanding (Money | Unset):
        entries (list[Entry] | Unset):
        next_cursor (None | str | Unset):
    """

    client_id: str | Unset = UNSET
    currency: str | Unset = UNSET
    account_open: bool | Unset = UNSET
    balance: Money | Unset = UNSET
    credit: Money | Unset = UNSET
    outstanding: Money | Unset = UNSET
    entries: list[Entry] | Unset = UNSET
    next_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        currency = self.currency

        account_open = self.account_open

        balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance, Unset):
            balance = self.balance.to_dict()

        credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit, Unset):
            credit = self.credit.to_dict()

        outstanding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outstanding, Unset):
            outstanding = self.outstanding.to_dict()

        entries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entries, Unset):
            entries = []
            for entries_item_data in self.entries:
                entries_item = entries_item_data.to_dict()
                entries.append(entries_item)

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if account_open is not UNSET:
            field_dict["account_open"] = account_open
        if balance is not UNSET:
            field_dict["balance"] = balance
        if credit is not UNSET:
            field_dict["credit"] = credit
        if outstanding is not UNSET:
            field_dict["outstanding"] = outstanding
        if entries is not UNSET:
            field_dict["entries"] = entries
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entry import Entry  # noqa: PLC0415
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        client_id = d.pop("client_id", UNSET)

        currency = d.pop("currency", UNSET)

        account_open = d.pop("account_open", UNSET)

        _balance = d.pop("balance", UNSET)
        balance: Money | Unset
        if isinstance(_balance, Unset):
            balance = UNSET
        else:
            balance = Money.from_dict(_balance)

        _credit = d.pop("credit", UNSET)
        credit: Money | Unset
        if isinstance(_credit, Unset):
            credit = UNSET
        else:
            credit = Money.from_dict(_credit)

        _outstanding = d.pop("outstanding", UNSET)
        outstanding: Money | Unset
        if isinstance(_outstanding, Unset):
            outstanding = UNSET
        else:
            outstanding = Money.from_dict(_outstanding)

        _entries = d.pop("entries", UNSET)
        entries: list[Entry] | Unset = UNSET
        if _entries is not UNSET:
            entries = []
            for entries_item_data in _entries:
                entries_item = Entry.from_dict(entries_item_data)

                entries.append(entries_item)

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))

        balance = cls(
            client_id=client_id,
            currency=currency,
            account_open=account_open,
            balance=balance,
            credit=credit,
            outstanding=outstanding,
            entries=entries,
            next_cursor=next_cursor,
        )

        balance.additional_properties = d
        return balance

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
