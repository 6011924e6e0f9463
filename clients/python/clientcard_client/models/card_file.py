from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.card_file_kind import CardFileKind, check_card_file_kind
from ..types import UNSET, Unset

T = TypeVar("T", bound="CardFile")


@_attrs_define
class CardFile:
    """
    Attributes:
        id (UUID | Unset):
        kind (CardFileKind | Unset):
        filename (str | Unset):
        content_type (str | Unset):
        size (int | Unset): bytes
        created_at (datetime.datetime | Unset):
        pair_id (None | Unset | UUID): the before/after pair this photo belongs to
        stage (None | str | Unset): before or after, for a photo in a pair
    """

    id: UUID | Unset = UNSET
    kind: CardFileKind | Unset = UNSET
    filename: str | Unset = UNSET
    content_type: str | Unset = UNSET
    size: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    pair_id: None | Unset | UUID = UNSET
    stage: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind

        filename = self.filename

        content_type = self.content_type

        size = self.size

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        pair_id: None | str | Unset
        if isinstance(self.pair_id, Unset):
            pair_id = UNSET
        elif isinstance(self.pair_id, UUID):
            pair_id = str(self.pair_id)
        else:
            pair_id = self.pair_id

        stage: None | str | Unset
        if isinstance(self.stage, Unset):
            stage = UNSET
        else:
            stage = self.stage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if filename is not UNSET:
            field_dict["filename"] = filename
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if size is not UNSET:
            field_dict["size"] = size
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if pair_id is not UNSET:
            field_dict["pair_id"] = pair_id
        if stage is not UNSET:
            field_dict["stage"] = stage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _kind = d.pop("kind", UNSET)
        kind: CardFileKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = check_card_file_kind(_kind)

        filename = d.pop("filename", UNSET)

        content_type = d.pop("content_type", UNSET)

        size = d.pop("size", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_pair_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pair_id_type_0 = UUID(data)

                return pair_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        pair_id = _parse_pair_id(d.pop("pair_id", UNSET))

        def _parse_stage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stage = _parse_stage(d.pop("stage", UNSET))

        card_file = cls(
            id=id,
            kind=kind,
            filename=filename,
            content_type=content_type,
            size=size,
            created_at=created_at,
            pair_id=pair_id,
            stage=stage,
        )

        card_file.additional_properties = d
        return card_file

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
