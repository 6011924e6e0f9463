from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.note_update_kind import NoteUpdateKind, check_note_update_kind
from ..types import UNSET, Unset

T = TypeVar("T", bound="NoteUpdate")


@_attrs_define
class NoteUpdate:
    """
    Attributes:
        body (str | Unset):
        kind (NoteUpdateKind | Unset):
        pinned (bool | Unset):
    """

    body: str | Unset = UNSET
    kind: NoteUpdateKind | Unset = UNSET
    pinned: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind

        pinned = self.pinned

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if kind is not UNSET:
            field_dict["kind"] = kind
        if pinned is not UNSET:
            field_dict["pinned"] = pinned

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: NoteUpdateKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = check_note_update_kind(_kind)

        pinned = d.pop("pinned", UNSET)

        note_update = cls(
            body=body,
            kind=kind,
            pinned=pinned,
        )

        return note_update
