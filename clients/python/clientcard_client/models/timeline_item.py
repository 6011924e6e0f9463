from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.timeline_item_kind import TimelineItemKind, check_timeline_item_kind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.timeline_source import TimelineSource


T = TypeVar("T", bound="TimelineItem")


@_attrs_define
class TimelineItem:
    """
    Attributes:
        id (str | Unset):
        kind (TimelineItemKind | Unset):
        at (datetime.datetime | Unset):
        summary (str | Unset): one line for people
        source (TimelineSource | Unset):
        link (None | str | Unset): the API path that shows the item
    """

    id: str | Unset = UNSET
    kind: TimelineItemKind | Unset = UNSET
    at: datetime.datetime | Unset = UNSET
    summary: str | Unset = UNSET
    source: TimelineSource | Unset = UNSET
    link: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind

        at: str | Unset = UNSET
        if not isinstance(self.at, Unset):
            at = self.at.isoformat()

        summary = self.summary

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        link: None | str | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        else:
            link = self.link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if at is not UNSET:
            field_dict["at"] = at
        if summary is not UNSET:
            field_dict["summary"] = summary
        if source is not UNSET:
            field_dict["source"] = source
        if link is not UNSET:
            field_dict["link"] = link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.timeline_source import TimelineSource  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: TimelineItemKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = check_timeline_item_kind(_kind)

        _at = d.pop("at", UNSET)
        at: datetime.datetime | Unset
        if isinstance(_at, Unset):
            at = UNSET
        else:
            at = datetime.datetime.fromisoformat(_at)

        summary = d.pop("summary", UNSET)

        _source = d.pop("source", UNSET)
        source: TimelineSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = TimelineSource.from_dict(_source)

        def _parse_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        link = _parse_link(d.pop("link", UNSET))

        timeline_item = cls(
            id=id,
            kind=kind,
            at=at,
            summary=summary,
            source=source,
            link=link,
        )

        timeline_item.additional_properties = d
        return timeline_item

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
