from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="Movement")


@_attrs_define
class Movement:
    """
    Attributes:
        transaction_id (str | Unset):
        client_id (str | Unset):
        balance (Money | Unset):
        credit (Money | Unset):
        outstanding (Money | Unset):
        method (str | Unset):
        to_client_id (str | Unset):
    """

    transaction_id: str | Unset = UNSET
    client_id: str | Unset = UNSET
    balance: Money | Unset = UNSET
    credit: Money | Unset = UNSET
    outstanding: Money | Unset = UNSET
    method: str | Unset = UNSET
    to_client_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        client_id = self.client_id

        balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance, Unset):
            balance = self.balance.to_dict()

        credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit, Unset):
            credit = self.credit.to_dict()

        outstanding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outstanding, Unset):
            outstanding = self.outstanding.to_dict()

        method = self.method

        to_client_id = self.to_client_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if balance is not UNSET:
            field_dict["balance"] = balance
        if credit is not UNSET:
            field_dict["credit"] = credit
        if outstanding is not UNSET:
            field_dict["outstanding"] = outstanding
        if method is not UNSET:
            field_dict["method"] = method
        if to_client_id is not UNSET:
            field_dict["to_client_id"] = to_client_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        transaction_id = d.pop("transaction_id", UNSET)

        client_id = d.pop("client_id", UNSET)

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

        method = d.pop("method", UNSET)

        to_client_id = d.pop("to_client_id", UNSET)

        movement = cls(
            transaction_id=transaction_id,
            client_id=client_id,
            balance=balance,
            credit=credit,
            outstanding=outstanding,
            method=method,
            to_client_id=to_client_id,
        )

        movement.additional_properties = d
        return movement

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
