from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.call_create_direction import CallCreateDirection, check_call_create_direction
from ..models.call_create_outcome import CallCreateOutcome, check_call_create_outcome
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallCreate")


@_attrs_define
class CallCreate:
    """
    Attributes:
        direction (CallCreateDirection):
        started_at (datetime.datetime):
        outcome (CallCreateOutcome):
        number (None | str | Unset):
        staff (None | str | Unset):
        duration_s (int | Unset):
        notes (None | str | Unset):
        recording_file_id (None | Unset | UUID): a file of this client in the files service
    """

    direction: CallCreateDirection
    started_at: datetime.datetime
    outcome: CallCreateOutcome
    number: None | str | Unset = UNSET
    staff: None | str | Unset = UNSET
    duration_s: int | Unset = UNSET
    notes: None | str | Unset = UNSET
    recording_file_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        direction: str = self.direction

        started_at = self.started_at.isoformat()

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

        duration_s = self.duration_s

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        recording_file_id: None | str | Unset
        if isinstance(self.recording_file_id, Unset):
            recording_file_id = UNSET
        elif isinstance(self.recording_file_id, UUID):
            recording_file_id = str(self.recording_file_id)
        else:
            recording_file_id = self.recording_file_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "direction": direction,
                "started_at": started_at,
                "outcome": outcome,
            }
        )
        if number is not UNSET:
            field_dict["number"] = number
        if staff is not UNSET:
            field_dict["staff"] = staff
        if duration_s is not UNSET:
            field_dict["duration_s"] = duration_s
        if notes is not UNSET:
            field_dict["notes"] = notes
        if recording_file_id is not UNSET:
            field_dict["recording_file_id"] = recording_file_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        direction = check_call_create_direction(d.pop("direction"))

        started_at = datetime.datetime.fromisoformat(d.pop("started_at"))

        outcome = check_call_create_outcome(d.pop("outcome"))

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

        duration_s = d.pop("duration_s", UNSET)

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_recording_file_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recording_file_id_type_0 = UUID(data)

                return recording_file_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        recording_file_id = _parse_recording_file_id(d.pop("recording_file_id", UNSET))

        call_create = cls(
            direction=direction,
            started_at=started_at,
            outcome=outcome,
            number=number,
            staff=staff,
            duration_s=duration_s,
            notes=notes,
            recording_file_id=recording_file_id,
        )

        return call_create
