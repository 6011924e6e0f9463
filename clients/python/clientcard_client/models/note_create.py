from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.note_create_kind import NoteCreateKind, check_note_create_kind
from ..types import UNSET, Unset

T = TypeVar("T", bound="NoteCreate")


@_attrs_define
class NoteCreate:
    """
    Attributes:
        body (str):
        kind (NoteCreateKind | Unset): `clinical` needs notes:clinical
        pinned (bool | Unset): pinned notes come first and show as alerts on the card
    """

    body: str
    kind: NoteCreateKind | Unset = UNSET
    pinned: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind

        pinned = self.pinned

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "body": body,
            }
        )
        if kind is not UNSET:
            field_dict["kind"] = kind
        if pinned is not UNSET:
            field_dict["pinned"] = pinned

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        _kind = d.pop("kind", UNSET)
        kind: NoteCreateKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = check_note_create_kind(_kind)

        pinned = d.pop("pinned", UNSET)

        note_create = cls(
            body=body,
            kind=kind,
            pinned=pinned,
        )

        return note_create
