from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.payment_create_method import PaymentCreateMethod, check_payment_create_method
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="PaymentCreate")


@_attrs_define
class PaymentCreate:
    """
    Attributes:
        amount (Money):
        method (PaymentCreateMethod):
        gift_card_code (None | str | Unset):
        card_id (None | Unset | UUID): a card on file, for card payments
        payer_client_id (None | Unset | UUID): a linked client paying from their own balance
    """

    amount: Money
    method: PaymentCreateMethod
    gift_card_code: None | str | Unset = UNSET
    card_id: None | Unset | UUID = UNSET
    payer_client_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount.to_dict()

        method: str = self.method

        gift_card_code: None | str | Unset
        if isinstance(self.gift_card_code, Unset):
            gift_card_code = UNSET
        else:
            gift_card_code = self.gift_card_code

        card_id: None | str | Unset
        if isinstance(self.card_id, Unset):
            card_id = UNSET
        elif isinstance(self.card_id, UUID):
            card_id = str(self.card_id)
        else:
            card_id = self.card_id

        payer_client_id: None | str | Unset
        if isinstance(self.payer_client_id, Unset):
            payer_client_id = UNSET
        elif isinstance(self.payer_client_id, UUID):
            payer_client_id = str(self.payer_client_id)
        else:
            payer_client_id = self.payer_client_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
                "method": method,
            }
        )
        if gift_card_code is not UNSET:
            field_dict["gift_card_code"] = gift_card_code
        if card_id is not UNSET:
            field_dict["card_id"] = card_id
        if payer_client_id is not UNSET:
            field_dict["payer_client_id"] = payer_client_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        amount = Money.from_dict(d.pop("amount"))

        method = check_payment_create_method(d.pop("method"))

        def _parse_gift_card_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gift_card_code = _parse_gift_card_code(d.pop("gift_card_code", UNSET))

        def _parse_card_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                card_id_type_0 = UUID(data)

                return card_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        card_id = _parse_card_id(d.pop("card_id", UNSET))

        def _parse_payer_client_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payer_client_id_type_0 = UUID(data)

                return payer_client_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        payer_client_id = _parse_payer_client_id(d.pop("payer_client_id", UNSET))

        payment_create = cls(
            amount=amount,
            method=method,
            gift_card_code=gift_card_code,
            card_id=card_id,
            payer_client_id=payer_client_id,
        )

        return payment_create
