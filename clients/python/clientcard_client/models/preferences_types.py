from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PreferencesTypes")


@_attrs_define
class PreferencesTypes:
    """marketing is off until the client opts in

    Attributes:
        reminders (bool | Unset):
        marketing (bool | Unset):
        loyalty (bool | Unset):
        billing (bool | Unset):
    """

    reminders: bool | Unset = UNSET
    marketing: bool | Unset = UNSET
    loyalty: bool | Unset = UNSET
    billing: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reminders = self.reminders

        marketing = self.marketing

        loyalty = self.loyalty

        billing = self.billing

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if reminders is not UNSET:
            field_dict["reminders"] = reminders
        if marketing is not UNSET:
            field_dict["marketing"] = marketing
        if loyalty is not UNSET:
            field_dict["loyalty"] = loyalty
        if billing is not UNSET:
            field_dict["billing"] = billing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reminders = d.pop("reminders", UNSET)

        marketing = d.pop("marketing", UNSET)

        loyalty = d.pop("loyalty", UNSET)

        billing = d.pop("billing", UNSET)

        preferences_types = cls(
            reminders=reminders,
            marketing=marketing,
            loyalty=loyalty,
            billing=billing,
        )

        return preferences_types
