from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Acknowledge")


@_attrs_define
class Acknowledge:
    """
    Attributes:
        staff (str | Unset): who acknowledged, when the API key is shared by a desk; the key's name otherwise
    """

    staff: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        staff = self.staff

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if staff is not UNSET:
            field_dict["staff"] = staff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        staff = d.pop("staff", UNSET)

        acknowledge = cls(
            staff=staff,
        )

        return acknowledge
