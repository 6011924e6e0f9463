from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_transaction import LoyaltyTransaction
    from ..models.membership_freeze_effect import MembershipFreezeEffect
    from ..models.membership_freeze_window import MembershipFreezeWindow
    from ..models.money import Money


T = TypeVar("T", bound="LoyaltyCard")


@_attrs_define
class LoyaltyCard:
    """
    Attributes:
        id (str | Unset):
        client_id (str | Unset):
        type_ (str | Unset):
        number (str | Unset):
        status (str | Unset): active, deleted, expired, closed, merged; memberships: active, frozen, cancelled
        holder_name (None | str | Unset):
        created_at (datetime.datetime | Unset):
        points (int | Unset):
        code (str | Unset):
        initial_value (Money | Unset):
        remaining_value (Money | Unset):
        expires_on (datetime.date | None | Unset):
        invoice_id (None | str | Unset):
        plan (str | Unset):
        price (Money | None | Unset):
        period_months (int | None | Unset):
        next_payment_on (datetime.date | None | Unset):
        freeze (MembershipFreezeWindow | None | Unset):
        effect (MembershipFreezeEffect | Unset):
        service (str | Unset):
        credits_total (int | Unset):
        credits_remaining (int | Unset):
        rollover (None | str | Unset):
        shareable (bool | Unset):
        transactions (list[LoyaltyTransaction] | Unset):
    """

    id: str | Unset = UNSET
    client_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    number: str | Unset = UNSET
    status: str | Unset = UNSET
    holder_name: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    points: int | Unset = UNSET
    code: str | Unset = UNSET
    initial_value: Money | Unset = UNSET
    remaining_value: Money | Unset = UNSET
    expires_on: datetime.date | None | Unset = UNSET
    invoice_id: None | str | Unset = UNSET
    plan: str | Unset = UNSET
    price: Money | None | Unset = UNSET
    period_months: int | None | Unset = UNSET
    next_payment_on: datetime.date | None | Unset = UNSET
    freeze: MembershipFreezeWindow | None | Unset = UNSET
    effect: MembershipFreezeEffect | Unset = UNSET
    service: str | Unset = UNSET
    credits_total: int | Unset = UNSET
    credits_remaining: int | Unset = UNSET
    rollover: None | str | Unset = UNSET
    shareable: bool | Unset = UNSET
    transactions: list[LoyaltyTransaction] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.membership_freeze_window import MembershipFreezeWindow  # noqa: PLC0415
        from ..models.money import Money  # noqa: PLC0415

        id = self.id

        client_id = self.client_id

        type_ = self.type_

        number = self.number

        status = self.status

        holder_name: None | str | Unset
        if isinstance(self.holder_name, Unset):
            holder_name = UNSET
        else:
            holder_name = self.holder_name

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        points = self.points

        code = self.code

        initial_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.initial_value, Unset):
            initial_value = self.initial_value.to_dict()

        remaining_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remaining_value, Unset):
            remaining_value = self.remaining_value.to_dict()

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
        else:
            invoice_id = self.invoice_id

        plan = self.plan

        price: dict[str, Any] | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        elif isinstance(self.price, Money):
            price = self.price.to_dict()
        else:
            price = self.price

        period_months: int | None | Unset
        if isinstance(self.period_months, Unset):
            period_months = UNSET
        else:
            period_months = self.period_months

        next_payment_on: None | str | Unset
        if isinstance(self.next_payment_on, Unset):
            next_payment_on = UNSET
        elif isinstance(self.next_payment_on, datetime.date):
            next_payment_on = self.next_payment_on.isoformat()
        else:
            next_payment_on = self.next_payment_on

        freeze: dict[str, Any] | None | Unset
        if isinstance(self.freeze, Unset):
            freeze = UNSET
        elif isinstance(self.freeze, MembershipFreezeWindow):
            freeze = self.freeze.to_dict()
        else:
            freeze = self.freeze

        effect: dict[str, Any] | Unset = UNSET
        if not isinstance(self.effect, Unset):
            effect = self.effect.to_dict()

        service = self.service

        credits_total = self.credits_total

        credits_remaining = self.credits_remaining

        rollover: None | str | Unset
        if isinstance(self.rollover, Unset):
            rollover = UNSET
        else:
            rollover = self.rollover

        shareable = self.shareable

        transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = []
            for transactions_item_data in self.transactions:
                transactions_item = transactions_item_data.to_dict()
                transactions.append(transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if number is not UNSET:
            field_dict["number"] = number
        if status is not UNSET:
            field_dict["status"] = status
        if holder_name is not UNSET:
            field_dict["holder_name"] = holder_name
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if points is not UNSET:
            field_dict["points"] = points
        if code is not UNSET:
            field_dict["code"] = code
        if initial_value is not UNSET:
            field_dict["initial_value"] = initial_value
        if remaining_value is not UNSET:
            field_dict["remaining_value"] = remaining_value
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
        if freeze is not UNSET:
            field_dict["freeze"] = freeze
        if effect is not UNSET:
            field_dict["effect"] = effect
        if service is not UNSET:
            field_dict["service"] = service
        if credits_total is not UNSET:
            field_dict["credits_total"] = credits_total
        if credits_remaining is not UNSET:
            field_dict["credits_remaining"] = credits_remaining
        if rollover is not UNSET:
            field_dict["rollover"] = rollover
        if shareable is not UNSET:
            field_dict["shareable"] = shareable
        if transactions is not UNSET:
            field_dict["transactions"] = transactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.loyalty_transaction import LoyaltyTransaction  # noqa: PLC0415
        from ..models.membership_freeze_effect import MembershipFreezeEffect  # noqa: PLC0415
        from ..models.membership_freeze_window import MembershipFreezeWindow  # noqa: PLC0415
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        client_id = d.pop("client_id", UNSET)

        type_ = d.pop("type", UNSET)

        number = d.pop("number", UNSET)

        status = d.pop("status", UNSET)

        def _parse_holder_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        holder_name = _parse_holder_name(d.pop("holder_name", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        points = d.pop("points", UNSET)

        code = d.pop("code", UNSET)

        _initial_value = d.pop("initial_value", UNSET)
        initial_value: Money | Unset
        if isinstance(_initial_value, Unset):
            initial_value = UNSET
        else:
            initial_value = Money.from_dict(_initial_value)

        _remaining_value = d.pop("remaining_value", UNSET)
        remaining_value: Money | Unset
        if isinstance(_remaining_value, Unset):
            remaining_value = UNSET
        else:
            remaining_value = Money.from_dict(_remaining_value)

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

        def _parse_invoice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_id = _parse_invoice_id(d.pop("invoice_id", UNSET))

        plan = d.pop("plan", UNSET)

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

        def _parse_period_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        period_months = _parse_period_months(d.pop("period_months", UNSET))

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

        def _parse_freeze(data: object) -> MembershipFreezeWindow | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                freeze_type_0 = MembershipFreezeWindow.from_dict(data)

                return freeze_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MembershipFreezeWindow | None | Unset, data)

        freeze = _parse_freeze(d.pop("freeze", UNSET))

        _effect = d.pop("effect", UNSET)
        effect: MembershipFreezeEffect | Unset
        if isinstance(_effect, Unset):
            effect = UNSET
        else:
            effect = MembershipFreezeEffect.from_dict(_effect)

        service = d.pop("service", UNSET)

        credits_total = d.pop("credits_total", UNSET)

        credits_remaining = d.pop("credits_remaining", UNSET)

        def _parse_rollover(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rollover = _parse_rollover(d.pop("rollover", UNSET))

        shareable = d.pop("shareable", UNSET)

        _transactions = d.pop("transactions", UNSET)
        transactions: list[LoyaltyTransaction] | Unset = UNSET
        if _transactions is not UNSET:
            transactions = []
            for transactions_item_data in _transactions:
                transactions_item = LoyaltyTransaction.from_dict(transactions_item_data)

                transactions.append(transactions_item)

        loyalty_card = cls(
            id=id,
            client_id=client_id,
            type_=type_,
            number=number,
            status=status,
            holder_name=holder_name,
            created_at=created_at,
            points=points,
            code=code,
            initial_value=initial_value,
            remaining_value=remaining_value,
            expires_on=expires_on,
            invoice_id=invoice_id,
            plan=plan,
            price=price,
            period_months=period_months,
            next_payment_on=next_payment_on,
            freeze=freeze,
            effect=effect,
            service=service,
            credits_total=credits_total,
            credits_remaining=credits_remaining,
            rollover=rollover,
            shareable=shareable,
            transactions=transactions,
        )

        loyalty_card.additional_properties = d
        return loyalty_card

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
