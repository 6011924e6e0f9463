from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.visit import Visit


T = TypeVar("T", bound="CardVisits")


@_attrs_define
class CardVisits:
    """
    Attributes:
        upcoming (list[Visit] | Unset): soonest first, five at most
        recent (list[Visit] | Unset): newest first, five at most
    """

    upcoming: list[Visit] | Unset = UNSET
    recent: list[Visit] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upcoming: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.upcoming, Unset):
            upcoming = []
            for upcoming_item_data in self.upcoming:
                upcoming_item = upcoming_item_data.to_dict()
                upcoming.append(upcoming_item)

        recent: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recent, Unset):
            recent = []
            for recent_item_data in self.recent:
                recent_item = recent_item_data.to_dict()
                recent.append(recent_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if upcoming is not UNSET:
            field_dict["upcoming"] = upcoming
        if recent is not UNSET:
            field_dict["recent"] = recent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.visit import Visit  # noqa: PLC0415

        d = dict(src_dict)
        _upcoming = d.pop("upcoming", UNSET)
        upcoming: list[Visit] | Unset = UNSET
        if _upcoming is not UNSET:
            upcoming = []
            for upcoming_item_data in _upcoming:
                upcoming_item = Visit.from_dict(upcoming_item_data)

                upcoming.append(upcoming_item)

        _recent = d.pop("recent", UNSET)
        recent: list[Visit] | Unset = UNSET
        if _recent is not UNSET:
            recent = []
            for recent_item_data in _recent:
                recent_item = Visit.from_dict(recent_item_data)

                recent.append(recent_item)

        card_visits = cls(
            upcoming=upcoming,
            recent=recent,
        )

        card_visits.additional_properties = d
        return card_visits

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
