from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_form_kind import FileFormKind, check_file_form_kind
from ..models.file_form_stage import FileFormStage, check_file_form_stage
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileForm")


@_attrs_define
class FileForm:
    """
    Attributes:
        kind (FileFormKind):
        caption (str | Unset):
        pair_id (UUID | Unset): the before/after pair this photo belongs to
        stage (FileFormStage | Unset): a new pair starts without pair_id
        visit_id (UUID | Unset):
    """

    kind: FileFormKind
    caption: str | Unset = UNSET
    pair_id: UUID | Unset = UNSET
    stage: FileFormStage | Unset = UNSET
    visit_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        caption = self.caption

        pair_id: str | Unset = UNSET
        if not isinstance(self.pair_id, Unset):
            pair_id = str(self.pair_id)

        stage: str | Unset = UNSET
        if not isinstance(self.stage, Unset):
            stage = self.stage

        visit_id: str | Unset = UNSET
        if not isinstance(self.visit_id, Unset):
            visit_id = str(self.visit_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
            }
        )
        if caption is not UNSET:
            field_dict["caption"] = caption
        if pair_id is not UNSET:
            field_dict["pair_id"] = pair_id
        if stage is not UNSET:
            field_dict["stage"] = stage
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = check_file_form_kind(d.pop("kind"))

        caption = d.pop("caption", UNSET)

        _pair_id = d.pop("pair_id", UNSET)
        pair_id: UUID | Unset
        if isinstance(_pair_id, Unset):
            pair_id = UNSET
        else:
            pair_id = UUID(_pair_id)

        _stage = d.pop("stage", UNSET)
        stage: FileFormStage | Unset
        if isinstance(_stage, Unset):
            stage = UNSET
        else:
            stage = check_file_form_stage(_stage)

        _visit_id = d.pop("visit_id", UNSET)
        visit_id: UUID | Unset
        if isinstance(_visit_id, Unset):
            visit_id = UNSET
        else:
            visit_id = UUID(_visit_id)

        file_form = cls(
            kind=kind,
            caption=caption,
            pair_id=pair_id,
            stage=stage,
            visit_id=visit_id,
        )

        file_form.additional_properties = d
        return file_form

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
