from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateField")


@_attrs_define
class TemplateField:
    """
    Attributes:
        key (str):
        label (str):
        required (bool | Unset):  Default: False.
    """

    key: str
    label: str
    required: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        label = self.label

        required = self.required

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
                "label": label,
            }
        )
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        label = d.pop("label")

        required = d.pop("required", UNSET)

        template_field = cls(
            key=key,
            label=label,
            required=required,
        )

        return template_field
