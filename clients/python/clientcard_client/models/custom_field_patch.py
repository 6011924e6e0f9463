from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldPatch")


@_attrs_define
class CustomFieldPatch:
    """
    Attributes:
        label (str | Unset):
        options (list[str] | Unset): the choices of a select field; values stored before stay as they are
        required (bool | Unset):
        active (bool | Unset): false retires the field: no new values are accepted, stored values stay readable
    """

    label: str | Unset = UNSET
    options: list[str] | Unset = UNSET
    required: bool | Unset = UNSET
    active: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        options: list[str] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options

        required = self.required

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if options is not UNSET:
            field_dict["options"] = options
        if required is not UNSET:
            field_dict["required"] = required
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label", UNSET)

        options = cast(list[str], d.pop("options", UNSET))

        required = d.pop("required", UNSET)

        active = d.pop("active", UNSET)

        custom_field_patch = cls(
            label=label,
            options=options,
            required=required,
            active=active,
        )

        return custom_field_patch
