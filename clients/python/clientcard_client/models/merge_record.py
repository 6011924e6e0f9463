from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.merge_record_moved import MergeRecordMoved


T = TypeVar("T", bound="MergeRecord")


@_attrs_define
class MergeRecord:
    """
    Attributes:
        id (str | Unset):
        client_id (str | Unset):
        source_id (str | Unset):
        moved (MergeRecordMoved | Unset):
        created_at (datetime.datetime | Unset):
        undone_at (datetime.datetime | None | Unset):
        undo_until (datetime.datetime | None | Unset):
    """

    id: str | Unset = UNSET
    client_id: str | Unset = UNSET
    source_id: str | Unset = UNSET
    moved: MergeRecordMoved | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    undone_at: datetime.datetime | None | Unset = UNSET
    undo_until: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id = self.client_id

        source_id = self.source_id

        moved: dict[str, Any] | Unset = UNSET
        if not isinstance(self.moved, Unset):
            moved = self.moved.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        undone_at: None | str | Unset
        if isinstance(self.undone_at, Unset):
            undone_at = UNSET
        elif isinstance(self.undone_at, datetime.datetime):
            undone_at = self.undone_at.isoformat()
        else:
            undone_at = self.undone_at

        undo_until: None | str | Unset
        if isinstance(self.undo_until, Unset):
            undo_until = UNSET
        elif isinstance(self.undo_until, datetime.datetime):
            undo_until = self.undo_until.isoformat()
        else:
            undo_until = self.undo_until

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if moved is not UNSET:
            field_dict["moved"] = moved
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if undone_at is not UNSET:
            field_dict["undone_at"] = undone_at
        if undo_until is not UNSET:
            field_dict["undo_until"] = undo_until

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.merge_record_moved import MergeRecordMoved  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        client_id = d.pop("client_id", UNSET)

        source_id = d.pop("source_id", UNSET)

        _moved = d.pop("moved", UNSET)
        moved: MergeRecordMoved | Unset
        if isinstance(_moved, Unset):
            moved = UNSET
        else:
            moved = MergeRecordMoved.from_dict(_moved)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_undone_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                undone_at_type_0 = datetime.datetime.fromisoformat(data)

                return undone_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        undone_at = _parse_undone_at(d.pop("undone_at", UNSET))

        def _parse_undo_until(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                undo_until_type_0 = datetime.datetime.fromisoformat(data)

                return undo_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        undo_until = _parse_undo_until(d.pop("undo_until", UNSET))

        merge_record = cls(
            id=id,
            client_id=client_id,
            source_id=source_id,
            moved=moved,
            created_at=created_at,
            undone_at=undone_at,
            undo_until=undo_until,
        )

        merge_record.additional_properties = d
        return merge_record

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
