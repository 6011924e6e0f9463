from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.custom_field_create_type import CustomFieldCreateType, check_custom_field_create_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldCreate")


@_attrs_define
class CustomFieldCreate:
    """
    Attributes:
        label (str):
        type_ (CustomFieldCreateType):
        key (str | Unset): the name under `custom_fields`; defaults to the label in snake_case
        options (list[str] | Unset): the choices of a select field
        required (bool | Unset):
    """

    label: str
    type_: CustomFieldCreateType
    key: str | Unset = UNSET
    options: list[str] | Unset = UNSET
    required: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        type_: str = self.type_

        key = self.key

        options: list[str] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options

        required = self.required

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "label": label,
                "type": type_,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key
        if options is not UNSET:
            field_dict["options"] = options
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        type_ = check_custom_field_create_type(d.pop("type"))

        key = d.pop("key", UNSET)

        options = cast(list[str], d.pop("options", UNSET))

        required = d.pop("required", UNSET)

        custom_field_create = cls(
            label=label,
            type_=type_,
            key=key,
            options=options,
            required=required,
        )

        return custom_field_create
