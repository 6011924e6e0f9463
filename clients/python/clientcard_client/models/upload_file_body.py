from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.upload_file_body_kind import UploadFileBodyKind, check_upload_file_body_kind
from ..models.upload_file_body_stage import UploadFileBodyStage, check_upload_file_body_stage
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="UploadFileBody")


@_attrs_define
class UploadFileBody:
    """
    Attributes:
        kind (UploadFileBodyKind):
        file (File): the file's bytes
        caption (str | Unset):
        pair_id (UUID | Unset): the before/after pair this photo belongs to
        stage (UploadFileBodyStage | Unset): a new pair starts without pair_id
        visit_id (UUID | Unset):
    """

    kind: UploadFileBodyKind
    file: File
    caption: str | Unset = UNSET
    pair_id: UUID | Unset = UNSET
    stage: UploadFileBodyStage | Unset = UNSET
    visit_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        file = self.file.to_tuple()

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
                "file": file,
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

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("kind", (None, str(self.kind).encode(), "text/plain")))

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.caption, Unset):
            files.append(("caption", (None, str(self.caption).encode(), "text/plain")))

        if not isinstance(self.pair_id, Unset):
            files.append(("pair_id", (None, str(self.pair_id), "text/plain")))

        if not isinstance(self.stage, Unset):
            files.append(("stage", (None, str(self.stage).encode(), "text/plain")))

        if not isinstance(self.visit_id, Unset):
            files.append(("visit_id", (None, str(self.visit_id), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = check_upload_file_body_kind(d.pop("kind"))

        file = File(payload=BytesIO(d.pop("file")))

        caption = d.pop("caption", UNSET)

        _pair_id = d.pop("pair_id", UNSET)
        pair_id: UUID | Unset
        if isinstance(_pair_id, Unset):
            pair_id = UNSET
        else:
            pair_id = UUID(_pair_id)

        _stage = d.pop("stage", UNSET)
        stage: UploadFileBodyStage | Unset
        if isinstance(_stage, Unset):
            stage = UNSET
        else:
            stage = check_upload_file_body_stage(_stage)

        _visit_id = d.pop("visit_id", UNSET)
        visit_id: UUID | Unset
        if isinstance(_visit_id, Unset):
            visit_id = UNSET
        else:
            visit_id = UUID(_visit_id)

        upload_file_body = cls(
            kind=kind,
            file=file,
            caption=caption,
            pair_id=pair_id,
            stage=stage,
            visit_id=visit_id,
        )

        upload_file_body.additional_properties = d
        return upload_file_body

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
