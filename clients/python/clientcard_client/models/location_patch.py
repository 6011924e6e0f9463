from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LocationPatch")


@_attrs_define
class LocationPatch:
    """
    Attributes:
        name (str | Unset):
        timezone (str | Unset):  Example: Europe/London.
        reminder_hour (int | None | Unset): the local hour (0-23) of the day-before visit reminders; null: the chain's
            default (messaging's `REMINDER_HOUR`) Example: 18.
        active (bool | Unset):
    """

    name: str | Unset = UNSET
    timezone: str | Unset = UNSET
    reminder_hour: int | None | Unset = UNSET
    active: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        timezone = self.timezone

        reminder_hour: int | None | Unset
        if isinstance(self.reminder_hour, Unset):
            reminder_hour = UNSET
        else:
            reminder_hour = self.reminder_hour

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if reminder_hour is not UNSET:
            field_dict["reminder_hour"] = reminder_hour
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        timezone = d.pop("timezone", UNSET)

        def _parse_reminder_hour(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reminder_hour = _parse_reminder_hour(d.pop("reminder_hour", UNSET))

        active = d.pop("active", UNSET)

        location_patch = cls(
            name=name,
            timezone=timezone,
            reminder_hour=reminder_hour,
            active=active,
        )

        return location_patch
