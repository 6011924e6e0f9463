from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="Payment")


@_attrs_define
class Payment:
    """
    Attributes:
        id (str | Unset):
        method (str | Unset):
        amount (Money | Unset):
        refunded (Money | Unset):
        payer_client_id (str | Unset):
        card_id (None | str | Unset):
        recorded_at (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    method: str | Unset = UNSET
    amount: Money | Unset = UNSET
    refunded: Money | Unset = UNSET
    payer_client_id: str | Unset = UNSET
    card_id: None | str | Unset = UNSET
    recorded_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        method = self.method

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        refunded: dict[str, Any] | Unset = UNSET
        if not isinstance(self.refunded, Unset):
            refunded = self.refunded.to_dict()

        payer_client_id = self.payer_client_id

        card_id: None | str | Unset
        if isinstance(self.card_id, Unset):
            card_id = UNSET
        else:
            card_id = self.card_id

        recorded_at: str | Unset = UNSET
        if not isinstance(self.recorded_at, Unset):
            recorded_at = self.recorded_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if method is not UNSET:
            field_dict["method"] = method
        if amount is not UNSET:
            field_dict["amount"] = amount
        if refunded is not UNSET:
            field_dict["refunded"] = refunded
        if payer_client_id is not UNSET:
            field_dict["payer_client_id"] = payer_client_id
        if card_id is not UNSET:
            field_dict["card_id"] = card_id
        if recorded_at is not UNSET:
            field_dict["recorded_at"] = recorded_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        method = d.pop("method", UNSET)

        _amount = d.pop("amount", UNSET)
        amount: Money | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = Money.from_dict(_amount)

        _refunded = d.pop("refunded", UNSET)
        refunded: Money | Unset
        if isinstance(_refunded, Unset):
            refunded = UNSET
        else:
            refunded = Money.from_dict(_refunded)

        payer_client_id = d.pop("payer_client_id", UNSET)

        def _parse_card_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_id = _parse_card_id(d.pop("card_id", UNSET))

        _recorded_at = d.pop("recorded_at", UNSET)
        recorded_at: datetime.datetime | Unset
        if isinstance(_recorded_at, Unset):
            recorded_at = UNSET
        else:
            recorded_at = datetime.datetime.fromisoformat(_recorded_at)

        payment = cls(
            id=id,
            method=method,
            amount=amount,
            refunded=refunded,
            payer_client_id=payer_client_id,
            card_id=card_id,
            recorded_at=recorded_at,
        )

        payment.additional_properties = d
        return payment

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
