from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportProgress")


@_attrs_define
class ImportProgress:
    """
    Attributes:
        phase (str | Unset): queued; validating (every row checked against every service's rules: `done` of `total` rows
            of the file, updated as it goes); posting (`done` of `total` valid rows posted); reconciling (a real client
            import is posted, the ledger and loyalty are still catching up: see `reconciliation`); completed or failed
        done (int | Unset): rows done in this phase
        total (int | Unset): rows this phase goes through
        planned (int | Unset): valid rows to post
        posted (int | Unset): rows posted so far
    """

    phase: str | Unset = UNSET
    done: int | Unset = UNSET
    total: int | Unset = UNSET
    planned: int | Unset = UNSET
    posted: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phase = self.phase

        done = self.done

        total = self.total

        planned = self.planned

        posted = self.posted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phase is not UNSET:
            field_dict["phase"] = phase
        if done is not UNSET:
            field_dict["done"] = done
        if total is not UNSET:
            field_dict["total"] = total
        if planned is not UNSET:
            field_dict["planned"] = planned
        if posted is not UNSET:
            field_dict["posted"] = posted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phase = d.pop("phase", UNSET)

        done = d.pop("done", UNSET)

        total = d.pop("total", UNSET)

        planned = d.pop("planned", UNSET)

        posted = d.pop("posted", UNSET)

        import_progress = cls(
            phase=phase,
            done=done,
            total=total,
            planned=planned,
            posted=posted,
        )

        import_progress.additional_properties = d
        return import_progress

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
