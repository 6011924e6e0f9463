from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="TransferCreate")


@_attrs_define
class TransferCreate:
    """
    Attributes:
        to_client_id (UUID): a client linked to this one
        amount (Money):
        reason (None | str | Unset):
    """

    to_client_id: UUID
    amount: Money
    reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        to_client_id = str(self.to_client_id)

        amount = self.amount.to_dict()

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "to_client_id": to_client_id,
                "amount": amount,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        to_client_id = UUID(d.pop("to_client_id"))

        amount = Money.from_dict(d.pop("amount"))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        transfer_create = cls(
            to_client_id=to_client_id,
            amount=amount,
            reason=reason,
        )

        return transfer_create
