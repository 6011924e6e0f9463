from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpiringPoints")


@_attrs_define
class ExpiringPoints:
    """
    Attributes:
        points (int | Unset):
        on (datetime.date | Unset):
    """

    points: int | Unset = UNSET
    on: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        points = self.points

        on: str | Unset = UNSET
        if not isinstance(self.on, Unset):
            on = self.on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if points is not UNSET:
            field_dict["points"] = points
        if on is not UNSET:
            field_dict["on"] = on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        points = d.pop("points", UNSET)

        _on = d.pop("on", UNSET)
        on: datetime.date | Unset
        if isinstance(_on, Unset):
            on = UNSET
        else:
            on = datetime.date.fromisoformat(_on)

        expiring_points = cls(
            points=points,
            on=on,
        )

        expiring_points.additional_properties = d
        return expiring_points

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
