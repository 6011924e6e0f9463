from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.loyalty_card_create_type import LoyaltyCardCreateType, check_loyalty_card_create_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="LoyaltyCardCreate")


@_attrs_define
class LoyaltyCardCreate:
    """
    Attributes:
        type_ (LoyaltyCardCreateType):
        number (None | str | Unset): loyalty, membership, credit_pack: generated when omitted
        holder_name (None | str | Unset):
        initial_value (Money | None | Unset): gift_card
        code (None | str | Unset): gift_card: generated when omitted
        expires_on (datetime.date | None | Unset): gift_card, credit_pack
        invoice_id (None | Unset | UUID): gift_card: the invoice that sold it
        plan (None | str | Unset): membership
        price (Money | None | Unset): membership
        period_months (int | Unset): membership
        next_payment_on (datetime.date | None | Unset): membership
        service (None | str | Unset): credit_pack
        credits_ (int | None | Unset): credit_pack
        rollover (str | Unset): credit_pack: what a lapsed pack hands to the next one of the same service: none | all |
            max:N
        shareable (bool | Unset): credit_pack: linked family members may use it
    """

    type_: LoyaltyCardCreateType
    number: None | str | Unset = UNSET
    holder_name: None | str | Unset = UNSET
    initial_value: Money | None | Unset = UNSET
    code: None | str | Unset = UNSET
    expires_on: datetime.date | None | Unset = UNSET
    invoice_id: None | Unset | UUID = UNSET
    plan: None | str | Unset = UNSET
    price: Money | None | Unset = UNSET
    period_months: int | Unset = UNSET
    next_payment_on: datetime.date | None | Unset = UNSET
    service: None | str | Unset = UNSET
    credits_: int | None | Unset = UNSET
    rollover: str | Unset = UNSET
    shareable: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.money import Money  # noqa: PLC0415

        type_: str = self.type_

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        holder_name: None | str | Unset
        if isinstance(self.holder_name, Unset):
            holder_name = UNSET
        else:
            holder_name = self.holder_name

        initial_value: dict[str, Any] | None | Unset
        if isinstance(self.initial_value, Unset):
            initial_value = UNSET
        elif isinstance(self.initial_value, Money):
            initial_value = self.initial_value.to_dict()
        else:
            initial_value = self.initial_value

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        expires_on: None | str | Unset
        if isinstance(self.expires_on, Unset):
            expires_on = UNSET
        elif isinstance(self.expires_on, datetime.date):
            expires_on = self.expires_on.isoformat()
        else:
            expires_on = self.expires_on

        invoice_id: None | str | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        elif isinstance(self.invoice_id, UUID):
            invoice_id = str(self.invoice_id)
        else:
            invoice_id = self.invoice_id

        plan: None | str | Unset
        if isinstance(self.plan, Unset):
            plan = UNSET
        else:
            plan = self.plan

        price: dict[str, Any] | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        elif isinstance(self.price, Money):
            price = self.price.to_dict()
        else:
            price = self.price

        period_months = self.period_months

        next_payment_on: None | str | Unset
        if isinstance(self.next_payment_on, Unset):
            next_payment_on = UNSET
        elif isinstance(self.next_payment_on, datetime.date):
            next_payment_on = self.next_payment_on.isoformat()
        else:
            next_payment_on = self.next_payment_on

        service: None | str | Unset
        if isinstance(self.service, Unset):
            service = UNSET
        else:
            service = self.service

        credits_: int | None | Unset
        if isinstance(self.credits_, Unset):
            credits_ = UNSET
        else:
            credits_ = self.credits_

        rollover = self.rollover

        shareable = self.shareable

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if number is not UNSET:
            field_dict["number"] = number
        if holder_name is not UNSET:
            field_dict["holder_name"] = holder_name
        if initial_value is not UNSET:
            field_dict["initial_value"] = initial_value
        if code is not UNSET:
            field_dict["code"] = code
        if expires_on is not UNSET:
            field_dict["expires_on"] = expires_on
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if plan is not UNSET:
            field_dict["plan"] = plan
        if price is not UNSET:
            field_dict["price"] = price
        if period_months is not UNSET:
            field_dict["period_months"] = period_months
        if next_payment_on is not UNSET:
            field_dict["next_payment_on"] = next_payment_on
        if service is not UNSET:
            field_dict["service"] = service
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if rollover is not UNSET:
            field_dict["rollover"] = rollover
        if shareable is not UNSET:
            field_dict["shareable"] = shareable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_loyalty_card_create_type(d.pop("type"))

        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        def _parse_holder_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        holder_name = _parse_holder_name(d.pop("holder_name", UNSET))

        def _parse_initial_value(data: object) -> Money | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                initial_value_type_0 = Money.from_dict(data)

                return initial_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Money | None | Unset, data)

        initial_value = _parse_initial_value(d.pop("initial_value", UNSET))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_expires_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_on_type_0 = datetime.date.fromisoformat(data)

                return expires_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        expires_on = _parse_expires_on(d.pop("expires_on", UNSET))

        def _parse_invoice_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                invoice_id_type_0 = UUID(data)

                return invoice_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        invoice_id = _parse_invoice_id(d.pop("invoice_id", UNSET))

        def _parse_plan(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plan = _parse_plan(d.pop("plan", UNSET))

        def _parse_price(data: object) -> Money | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                price_type_0 = Money.from_dict(data)

                return price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Money | None | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        period_months = d.pop("period_months", UNSET)

        def _parse_next_payment_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_payment_on_type_0 = datetime.date.fromisoformat(data)

                return next_payment_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        next_payment_on = _parse_next_payment_on(d.pop("next_payment_on", UNSET))

        def _parse_service(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service = _parse_service(d.pop("service", UNSET))

        def _parse_credits_(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        credits_ = _parse_credits_(d.pop("credits", UNSET))

        rollover = d.pop("rollover", UNSET)

        shareable = d.pop("shareable", UNSET)

        loyalty_card_create = cls(
            type_=type_,
            number=number,
            holder_name=holder_name,
            initial_value=initial_value,
            code=code,
            expires_on=expires_on,
            invoice_id=invoice_id,
            plan=plan,
            price=price,
            period_months=period_months,
            next_payment_on=next_payment_on,
            service=service,
            credits_=credits_,
            rollover=rollover,
            shareable=shareable,
        )

        return loyalty_card_create
