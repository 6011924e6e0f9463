from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file import File


T = TypeVar("T", bound="PhotoPair")


@_attrs_define
class PhotoPair:
    """
    Attributes:
        pair_id (str | Unset):
        visit_id (None | str | Unset):
        latest_at (datetime.datetime | Unset):
        before (list[File] | Unset):
        after (list[File] | Unset):
    """

    pair_id: str | Unset = UNSET
    visit_id: None | str | Unset = UNSET
    latest_at: datetime.datetime | Unset = UNSET
    before: list[File] | Unset = UNSET
    after: list[File] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pair_id = self.pair_id

        visit_id: None | str | Unset
        if isinstance(self.visit_id, Unset):
            visit_id = UNSET
        else:
            visit_id = self.visit_id

        latest_at: str | Unset = UNSET
        if not isinstance(self.latest_at, Unset):
            latest_at = self.latest_at.isoformat()

        before: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.before, Unset):
            before = []
            for before_item_data in self.before:
                before_item = before_item_data.to_dict()
                before.append(before_item)

        after: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.after, Unset):
            after = []
            for after_item_data in self.after:
                after_item = after_item_data.to_dict()
                after.append(after_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pair_id is not UNSET:
            field_dict["pair_id"] = pair_id
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id
        if latest_at is not UNSET:
            field_dict["latest_at"] = latest_at
        if before is not UNSET:
            field_dict["before"] = before
        if after is not UNSET:
            field_dict["after"] = after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file import File  # noqa: PLC0415

        d = dict(src_dict)
        pair_id = d.pop("pair_id", UNSET)

        def _parse_visit_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        visit_id = _parse_visit_id(d.pop("visit_id", UNSET))

        _latest_at = d.pop("latest_at", UNSET)
        latest_at: datetime.datetime | Unset
        if isinstance(_latest_at, Unset):
            latest_at = UNSET
        else:
            latest_at = datetime.datetime.fromisoformat(_latest_at)

        _before = d.pop("before", UNSET)
        before: list[File] | Unset = UNSET
        if _before is not UNSET:
            before = []
            for before_item_data in _before:
                before_item = File.from_dict(before_item_data)

                before.append(before_item)

        _after = d.pop("after", UNSET)
        after: list[File] | Unset = UNSET
        if _after is not UNSET:
            after = []
            for after_item_data in _after:
                after_item = File.from_dict(after_item_data)

                after.append(after_item)

        photo_pair = cls(
            pair_id=pair_id,
            visit_id=visit_id,
            latest_at=latest_at,
            before=before,
            after=after,
        )

        photo_pair.additional_properties = d
        return photo_pair

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
