from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.card_call_direction import CardCallDirection, check_card_call_direction
from ..types import UNSET, Unset

T = TypeVar("T", bound="CardCall")


@_attrs_define
class CardCall:
    """
    Attributes:
        id (UUID | Unset):
        direction (CardCallDirection | Unset):
        outcome (str | Unset): answered, missed, busy, voicemail, ...
        staff (None | str | Unset):
        started_at (datetime.datetime | Unset):
        duration_s (int | None | Unset): seconds
    """

    id: UUID | Unset = UNSET
    direction: CardCallDirection | Unset = UNSET
    outcome: str | Unset = UNSET
    staff: None | str | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    duration_s: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction

        outcome = self.outcome

        staff: None | str | Unset
        if isinstance(self.staff, Unset):
            staff = UNSET
        else:
            staff = self.staff

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        duration_s: int | None | Unset
        if isinstance(self.duration_s, Unset):
            duration_s = UNSET
        else:
            duration_s = self.duration_s

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if direction is not UNSET:
            field_dict["direction"] = direction
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if staff is not UNSET:
            field_dict["staff"] = staff
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if duration_s is not UNSET:
            field_dict["duration_s"] = duration_s

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

        _direction = d.pop("direction", UNSET)
        direction: CardCallDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = check_card_call_direction(_direction)

        outcome = d.pop("outcome", UNSET)

        def _parse_staff(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        staff = _parse_staff(d.pop("staff", UNSET))

        _started_at = d.pop("started_at", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = datetime.datetime.fromisoformat(_started_at)

        def _parse_duration_s(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_s = _parse_duration_s(d.pop("duration_s", UNSET))

        card_call = cls(
            id=id,
            direction=direction,
            outcome=outcome,
            staff=staff,
            started_at=started_at,
            duration_s=duration_s,
        )

        card_call.additional_properties = d
        return card_call

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
