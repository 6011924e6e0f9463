from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_direction import CallDirection, check_call_direction
from ..models.call_outcome import CallOutcome, check_call_outcome
from ..types import UNSET, Unset

T = TypeVar("T", bound="Call")


@_attrs_define
class Call:
    """
    Attributes:
        direction (CallDirection):
        outcome (CallOutcome):
        number (None | str | Unset):
        staff (None | str | Unset):
        started_at (datetime.datetime | Unset):
        duration_s (int | Unset):
        notes (None | str | Unset):
        recording_file_id (None | str | Unset):
        id (str | Unset):
        client_id (str | Unset):
        created_at (datetime.datetime | Unset):
    """

    direction: CallDirection
    outcome: CallOutcome
    number: None | str | Unset = UNSET
    staff: None | str | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    duration_s: int | Unset = UNSET
    notes: None | str | Unset = UNSET
    recording_file_id: None | str | Unset = UNSET
    id: str | Unset = UNSET
    client_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        direction: str = self.direction

        outcome: str = self.outcome

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        staff: None | str | Unset
        if isinstance(self.staff, Unset):
            staff = UNSET
        else:
            staff = self.staff

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        duration_s = self.duration_s

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        recording_file_id: None | str | Unset
        if isinstance(self.recording_file_id, Unset):
            recording_file_id = UNSET
        else:
            recording_file_id = self.recording_file_id

        id = self.id

        client_id = self.client_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "direction": direction,
                "outcome": outcome,
            }
        )
        if number is not UNSET:
            field_dict["number"] = number
        if staff is not UNSET:
            field_dict["staff"] = staff
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if duration_s is not UNSET:
            field_dict["duration_s"] = duration_s
        if notes is not UNSET:
            field_dict["notes"] = notes
        if recording_file_id is not UNSET:
            field_dict["recording_file_id"] = recording_file_id
        if id is not UNSET:
            field_dict["id"] = id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        direction = check_call_direction(d.pop("direction"))

        outcome = check_call_outcome(d.pop("outcome"))

        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

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

        duration_s = d.pop("duration_s", UNSET)

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_recording_file_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recording_file_id = _parse_recording_file_id(d.pop("recording_file_id", UNSET))

        id = d.pop("id", UNSET)

        client_id = d.pop("client_id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        call = cls(
            direction=direction,
            outcome=outcome,
            number=number,
            staff=staff,
            started_at=started_at,
            duration_s=duration_s,
            notes=notes,
            recording_file_id=recording_file_id,
            id=id,
            client_id=client_id,
            created_at=created_at,
        )

        call.additional_properties = d
        return call

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
