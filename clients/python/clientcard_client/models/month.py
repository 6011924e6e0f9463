from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="Month")


@_attrs_define
class Month:
    """
    Attributes:
        month (str | Unset):  Example: 2026-11.
        revenue (Money | Unset):
        invoices (int | Unset):
    """

    month: str | Unset = UNSET
    revenue: Money | Unset = UNSET
    invoices: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        month = self.month

        revenue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.revenue, Unset):
            revenue = self.revenue.to_dict()

        invoices = self.invoices

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if month is not UNSET:
            field_dict["month"] = month
        if revenue is not UNSET:
            field_dict["revenue"] = revenue
        if invoices is not UNSET:
            field_dict["invoices"] = invoices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        month = d.pop("month", UNSET)

        _revenue = d.pop("revenue", UNSET)
        revenue: Money | Unset
        if isinstance(_revenue, Unset):
            revenue = UNSET
        else:
            revenue = Money.from_dict(_revenue)

        invoices = d.pop("invoices", UNSET)

        month = cls(
            month=month,
            revenue=revenue,
            invoices=invoices,
        )

        month.additional_properties = d
        return month

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
