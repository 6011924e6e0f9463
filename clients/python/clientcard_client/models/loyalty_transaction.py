from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="LoyaltyTransaction")


@_attrs_define
class LoyaltyTransaction:
    """
    Attributes:
        id (str | Unset):
        card_id (str | Unset):
        date (datetime.datetime | Unset):
        type_ (str | Unset): earn, accrual, write_off, redemption, refund_reversal, expiry, issued, deleted, refund,
            credits_adjusted, rollover, lapsed, frozen, ...
        points (int | None | Unset):
        amount (Money | None | Unset):
        credits_ (int | None | Unset):
        reason (None | str | Unset):
        payment_id (None | str | Unset):
        refund_id (None | str | Unset):
        related_client_id (None | str | Unset):
    """

    id: str | Unset = UNSET
    card_id: str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    type_: str | Unset = UNSET
    points: int | None | Unset = UNSET
    amount: Money | None | Unset = UNSET
    credits_: int | None | Unset = UNSET
    reason: None | str | Unset = UNSET
    payment_id: None | str | Unset = UNSET
    refund_id: None | str | Unset = UNSET
    related_client_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.money import Money  # noqa: PLC0415

        id = self.id

        card_id = self.card_id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        type_ = self.type_

        points: int | None | Unset
        if isinstance(self.points, Unset):
            points = UNSET
        else:
            points = self.points

        amount: dict[str, Any] | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        elif isinstance(self.amount, Money):
            amount = self.amount.to_dict()
        else:
            amount = self.amount

        credits_: int | None | Unset
        if isinstance(self.credits_, Unset):
            credits_ = UNSET
        else:
            credits_ = self.credits_

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        payment_id: None | str | Unset
        if isinstance(self.payment_id, Unset):
            payment_id = UNSET
        else:
            payment_id = self.payment_id

        refund_id: None | str | Unset
        if isinstance(self.refund_id, Unset):
            refund_id = UNSET
        else:
            refund_id = self.refund_id

        related_client_id: None | str | Unset
        if isinstance(self.related_client_id, Unset):
            related_client_id = UNSET
        else:
            related_client_id = self.related_client_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if card_id is not UNSET:
            field_dict["card_id"] = card_id
        if date is not UNSET:
            field_dict["date"] = date
        if type_ is not UNSET:
            field_dict["type"] = type_
        if points is not UNSET:
            field_dict["points"] = points
        if amount is not UNSET:
            field_dict["amount"] = amount
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if reason is not UNSET:
            field_dict["reason"] = reason
        if payment_id is not UNSET:
            field_dict["payment_id"] = payment_id
        if refund_id is not UNSET:
            field_dict["refund_id"] = refund_id
        if related_client_id is not UNSET:
            field_dict["related_client_id"] = related_client_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        card_id = d.pop("card_id", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        type_ = d.pop("type", UNSET)

        def _parse_points(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        points = _parse_points(d.pop("points", UNSET))

        def _parse_amount(data: object) -> Money | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                amount_type_0 = Money.from_dict(data)

                return amount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Money | None | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_credits_(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        credits_ = _parse_credits_(d.pop("credits", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_payment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_id = _parse_payment_id(d.pop("payment_id", UNSET))

        def _parse_refund_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refund_id = _parse_refund_id(d.pop("refund_id", UNSET))

        def _parse_related_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        related_client_id = _parse_related_client_id(d.pop("related_client_id", UNSET))

        loyalty_transaction = cls(
            id=id,
            card_id=card_id,
            date=date,
            type_=type_,
            points=points,
            amount=amount,
            credits_=credits_,
            reason=reason,
            payment_id=payment_id,
            refund_id=refund_id,
            related_client_id=related_client_id,
        )

        loyalty_transaction.additional_properties = d
        return loyalty_transaction

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
