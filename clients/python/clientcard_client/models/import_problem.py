from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportProblem")


@_attrs_define
class ImportProblem:
    """
    Attributes:
        row (int | Unset): the row number as the spreadsheet shows it (header = 1)
        field (str | Unset):
        message (str | Unset):
        kind (str | Unset): error, duplicate, conflict or skipped; in a dry run also would_create, would_update or
            would_import (what the row would do)
    """

    row: int | Unset = UNSET
    field: str | Unset = UNSET
    message: str | Unset = UNSET
    kind: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        row = self.row

        field = self.field

        message = self.message

        kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if row is not UNSET:
            field_dict["row"] = row
        if field is not UNSET:
            field_dict["field"] = field
        if message is not UNSET:
            field_dict["message"] = message
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        row = d.pop("row", UNSET)

        field = d.pop("field", UNSET)

        message = d.pop("message", UNSET)

        kind = d.pop("kind", UNSET)

        import_problem = cls(
            row=row,
            field=field,
            message=message,
            kind=kind,
        )

        import_problem.additional_properties = d
        return import_problem

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
