from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="CardBalance")


@_attrs_define
class CardBalance:
    """
    Attributes:
        balance (Money | Unset):
        credit (Money | Unset):
        outstanding (Money | Unset):
        account_open (bool | Unset): false until the client's first money movement
    """

    balance: Money | Unset = UNSET
    credit: Money | Unset = UNSET
    outstanding: Money | Unset = UNSET
    account_open: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance, Unset):
            balance = self.balance.to_dict()

        credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit, Unset):
            credit = self.credit.to_dict()

        outstanding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outstanding, Unset):
            outstanding = self.outstanding.to_dict()

        account_open = self.account_open

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if balance is not UNSET:
            field_dict["balance"] = balance
        if credit is not UNSET:
            field_dict["credit"] = credit
        if outstanding is not UNSET:
            field_dict["outstanding"] = outstanding
        if account_open is not UNSET:
            field_dict["account_open"] = account_open

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
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

        account_open = d.pop("account_open", UNSET)

        card_balance = cls(
            balance=balance,
            credit=credit,
            outstanding=outstanding,
            account_open=account_open,
        )

        card_balance.additional_properties = d
        return card_balance

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
