from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="InvoiceLine")


@_attrs_define
class InvoiceLine:
    """
    Attributes:
        description (str | Unset):
        kind (str | Unset):
        quantity (int | Unset):
        unit_price (Money | Unset):
        discount_percent (float | Unset):
        discount (Money | Unset):
        total (Money | Unset):
        staff (None | str | Unset):
    """

    description: str | Unset = UNSET
    kind: str | Unset = UNSET
    quantity: int | Unset = UNSET
    unit_price: Money | Unset = UNSET
    discount_percent: float | Unset = UNSET
    discount: Money | Unset = UNSET
    total: Money | Unset = UNSET
    staff: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        kind = self.kind

        quantity = self.quantity

        unit_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_price, Unset):
            unit_price = self.unit_price.to_dict()

        discount_percent = self.discount_percent

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        staff: None | str | Unset
        if isinstance(self.staff, Unset):
            staff = UNSET
        else:
            staff = self.staff

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if kind is not UNSET:
            field_dict["kind"] = kind
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price
        if discount_percent is not UNSET:
            field_dict["discount_percent"] = discount_percent
        if discount is not UNSET:
            field_dict["discount"] = discount
        if total is not UNSET:
            field_dict["total"] = total
        if staff is not UNSET:
            field_dict["staff"] = staff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description", UNSET)

        kind = d.pop("kind", UNSET)

        quantity = d.pop("quantity", UNSET)

        _unit_price = d.pop("unit_price", UNSET)
        unit_price: Money | Unset
        if isinstance(_unit_price, Unset):
            unit_price = UNSET
        else:
            unit_price = Money.from_dict(_unit_price)

        discount_percent = d.pop("discount_percent", UNSET)

        _discount = d.pop("discount", UNSET)
        discount: Money | Unset
        if isinstance(_discount, Unset):
            discount = UNSET
        else:
            discount = Money.from_dict(_discount)

        _total = d.pop("total", UNSET)
        total: Money | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = Money.from_dict(_total)

        def _parse_staff(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        staff = _parse_staff(d.pop("staff", UNSET))

        invoice_line = cls(
            description=description,
            kind=kind,
            quantity=quantity,
            unit_price=unit_price,
            discount_percent=discount_percent,
            discount=discount,
            total=total,
            staff=staff,
        )

        invoice_line.additional_properties = d
        return invoice_line

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
