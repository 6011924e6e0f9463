from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.invoice_line_create_kind import InvoiceLineCreateKind, check_invoice_line_create_kind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="InvoiceLineCreate")


@_attrs_define
class InvoiceLineCreate:
    """
    Attributes:
        description (str):
        kind (InvoiceLineCreateKind):
        unit_price (Money):
        quantity (int | Unset):  Default: 1.
        discount_percent (float | Unset):  Default: 0.0.
        staff (None | str | Unset):
    """

    description: str
    kind: InvoiceLineCreateKind
    unit_price: Money
    quantity: int | Unset = 1
    discount_percent: float | Unset = 0.0
    staff: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        kind: str = self.kind

        unit_price = self.unit_price.to_dict()

        quantity = self.quantity

        discount_percent = self.discount_percent

        staff: None | str | Unset
        if isinstance(self.staff, Unset):
            staff = UNSET
        else:
            staff = self.staff

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "description": description,
                "kind": kind,
                "unit_price": unit_price,
            }
        )
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if discount_percent is not UNSET:
            field_dict["discount_percent"] = discount_percent
        if staff is not UNSET:
            field_dict["staff"] = staff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description")

        kind = check_invoice_line_create_kind(d.pop("kind"))

        unit_price = Money.from_dict(d.pop("unit_price"))

        quantity = d.pop("quantity", UNSET)

        discount_percent = d.pop("discount_percent", UNSET)

        def _parse_staff(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        staff = _parse_staff(d.pop("staff", UNSET))

        invoice_line_create = cls(
            description=description,
            kind=kind,
            unit_price=unit_price,
            quantity=quantity,
            discount_percent=discount_percent,
            staff=staff,
        )

        return invoice_line_create
