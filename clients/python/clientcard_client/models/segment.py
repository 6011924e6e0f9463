from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Segment")


@_attrs_define
class Segment:
    """
    Attributes:
        tags (list[str] | Unset): clients with every one of these tags
        categories (list[str] | Unset):
        location_id (None | Unset | UUID):
        last_visit_before (datetime.datetime | None | Unset):
        last_visit_after (datetime.datetime | None | Unset):
        tier (None | str | Unset):  Example: vip.
    """

    tags: list[str] | Unset = UNSET
    categories: list[str] | Unset = UNSET
    location_id: None | Unset | UUID = UNSET
    last_visit_before: datetime.datetime | None | Unset = UNSET
    last_visit_after: datetime.datetime | None | Unset = UNSET
    tier: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        location_id: None | str | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        elif isinstance(self.location_id, UUID):
            location_id = str(self.location_id)
        else:
            location_id = self.location_id

        last_visit_before: None | str | Unset
        if isinstance(self.last_visit_before, Unset):
            last_visit_before = UNSET
        elif isinstance(self.last_visit_before, datetime.datetime):
            last_visit_before = self.last_visit_before.isoformat()
        else:
            last_visit_before = self.last_visit_before

        last_visit_after: None | str | Unset
        if isinstance(self.last_visit_after, Unset):
            last_visit_after = UNSET
        elif isinstance(self.last_visit_after, datetime.datetime):
            last_visit_after = self.last_visit_after.isoformat()
        else:
            last_visit_after = self.last_visit_after

        tier: None | str | Unset
        if isinstance(self.tier, Unset):
            tier = UNSET
        else:
            tier = self.tier

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if tags is not UNSET:
            field_dict["tags"] = tags
        if categories is not UNSET:
            field_dict["categories"] = categories
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if last_visit_before is not UNSET:
            field_dict["last_visit_before"] = last_visit_before
        if last_visit_after is not UNSET:
            field_dict["last_visit_after"] = last_visit_after
        if tier is not UNSET:
            field_dict["tier"] = tier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tags = cast(list[str], d.pop("tags", UNSET))

        categories = cast(list[str], d.pop("categories", UNSET))

        def _parse_location_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                location_id_type_0 = UUID(data)

                return location_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        location_id = _parse_location_id(d.pop("location_id", UNSET))

        def _parse_last_visit_before(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_visit_before_type_0 = datetime.datetime.fromisoformat(data)

                return last_visit_before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_visit_before = _parse_last_visit_before(d.pop("last_visit_before", UNSET))

        def _parse_last_visit_after(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_visit_after_type_0 = datetime.datetime.fromisoformat(data)

                return last_visit_after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_visit_after = _parse_last_visit_after(d.pop("last_visit_after", UNSET))

        def _parse_tier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tier = _parse_tier(d.pop("tier", UNSET))

        segment = cls(
            tags=tags,
            categories=categories,
            location_id=location_id,
            last_visit_before=last_visit_before,
            last_visit_after=last_visit_after,
            tier=tier,
        )

        return segment
