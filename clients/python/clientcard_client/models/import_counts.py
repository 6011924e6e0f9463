from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportCounts")


@_attrs_define
class ImportCounts:
    """
    Attributes:
        rows (int | Unset):
        created (int | Unset): created, or that would be in a dry run
        updated (int | Unset): clients found by external_id and updated
        conflicts (int | Unset): rows whose external_id was imported with other values
        skipped (int | Unset):
        duplicates (int | Unset):
        errors (int | Unset):
    """

    rows: int | Unset = UNSET
    created: int | Unset = UNSET
    updated: int | Unset = UNSET
    conflicts: int | Unset = UNSET
    skipped: int | Unset = UNSET
    duplicates: int | Unset = UNSET
    errors: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rows = self.rows

        created = self.created

        updated = self.updated

        conflicts = self.conflicts

        skipped = self.skipped

        duplicates = self.duplicates

        errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rows is not UNSET:
            field_dict["rows"] = rows
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if conflicts is not UNSET:
            field_dict["conflicts"] = conflicts
        if skipped is not UNSET:
            field_dict["skipped"] = skipped
        if duplicates is not UNSET:
            field_dict["duplicates"] = duplicates
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rows = d.pop("rows", UNSET)

        created = d.pop("created", UNSET)

        updated = d.pop("updated", UNSET)

        conflicts = d.pop("conflicts", UNSET)

        skipped = d.pop("skipped", UNSET)

        duplicates = d.pop("duplicates", UNSET)

        errors = d.pop("errors", UNSET)

        import_counts = cls(
            rows=rows,
            created=created,
            updated=updated,
            conflicts=conflicts,
            skipped=skipped,
            duplicates=duplicates,
            errors=errors,
        )

        import_counts.additional_properties = d
        return import_counts

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
