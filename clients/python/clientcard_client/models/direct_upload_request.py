from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.direct_upload_request_kind import DirectUploadRequestKind, check_direct_upload_request_kind
from ..models.direct_upload_request_stage import DirectUploadRequestStage, check_direct_upload_request_stage
from ..types import UNSET, Unset

T = TypeVar("T", bound="DirectUploadRequest")


@_attrs_define
class DirectUploadRequest:
    """
    Attributes:
        kind (DirectUploadRequestKind):
        filename (str):
        caption (str | Unset):
        pair_id (UUID | Unset): the before/after pair this photo belongs to
        stage (DirectUploadRequestStage | Unset): a new pair starts without pair_id
        visit_id (UUID | Unset):
    """

    kind: DirectUploadRequestKind
    filename: str
    caption: str | Unset = UNSET
    pair_id: UUID | Unset = UNSET
    stage: DirectUploadRequestStage | Unset = UNSET
    visit_id: UUID | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        filename = self.filename

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

        field_dict.update(
            {
                "kind": kind,
                "filename": filename,
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
        kind = check_direct_upload_request_kind(d.pop("kind"))

        filename = d.pop("filename")

        caption = d.pop("caption", UNSET)

        _pair_id = d.pop("pair_id", UNSET)
        pair_id: UUID | Unset
        if isinstance(_pair_id, Unset):
            pair_id = UNSET
        else:
            pair_id = UUID(_pair_id)

        _stage = d.pop("stage", UNSET)
        stage: DirectUploadRequestStage | Unset
        if isinstance(_stage, Unset):
            stage = UNSET
        else:
            stage = check_direct_upload_request_stage(_stage)

        _visit_id = d.pop("visit_id", UNSET)
        visit_id: UUID | Unset
        if isinstance(_visit_id, Unset):
            visit_id = UNSET
        else:
            visit_id = UUID(_visit_id)

        direct_upload_request = cls(
            kind=kind,
            filename=filename,
            caption=caption,
            pair_id=pair_id,
            stage=stage,
            visit_id=visit_id,
        )

        return direct_upload_request
