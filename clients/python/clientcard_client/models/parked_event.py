from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.parked_event_status import ParkedEventStatus, check_parked_event_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.parked_event_payload import ParkedEventPayload


T = TypeVar("T", bound="ParkedEvent")


@_attrs_define
class ParkedEvent:
    """
    Attributes:
        service (str | Unset):
        id (int | Unset):
        handler (str | Unset):
        payload (ParkedEventPayload | Unset):
        status (ParkedEventStatus | Unset): `retrying`: retried with backoff; `dead`: its retries ran out (final)
        error (str | Unset): the last failure
        attempts (int | Unset): how often its handler failed
        parked_at (datetime.datetime | Unset):
        next_attempt_at (datetime.datetime | None | Unset): null once dead
        dead_at (datetime.datetime | None | Unset):
    """

    service: str | Unset = UNSET
    id: int | Unset = UNSET
    handler: str | Unset = UNSET
    payload: ParkedEventPayload | Unset = UNSET
    status: ParkedEventStatus | Unset = UNSET
    error: str | Unset = UNSET
    attempts: int | Unset = UNSET
    parked_at: datetime.datetime | Unset = UNSET
    next_attempt_at: datetime.datetime | None | Unset = UNSET
    dead_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service = self.service

        id = self.id

        handler = self.handler

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        error = self.error

        attempts = self.attempts

        parked_at: str | Unset = UNSET
        if not isinstance(self.parked_at, Unset):
            parked_at = self.parked_at.isoformat()

        next_attempt_at: None | str | Unset
        if isinstance(self.next_attempt_at, Unset):
            next_attempt_at = UNSET
        elif isinstance(self.next_attempt_at, datetime.datetime):
            next_attempt_at = self.next_attempt_at.isoformat()
        else:
            next_attempt_at = self.next_attempt_at

        dead_at: None | str | Unset
        if isinstance(self.dead_at, Unset):
            dead_at = UNSET
        elif isinstance(self.dead_at, datetime.datetime):
            dead_at = self.dead_at.isoformat()
        else:
            dead_at = self.dead_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service is not UNSET:
            field_dict["service"] = service
        if id is not UNSET:
            field_dict["id"] = id
        if handler is not UNSET:
            field_dict["handler"] = handler
        if payload is not UNSET:
            field_dict["payload"] = payload
        if status is not UNSET:
            field_dict["status"] = status
        if error is not UNSET:
            field_dict["error"] = error
        if attempts is not UNSET:
            field_dict["attempts"] = attempts
        if parked_at is not UNSET:
            field_dict["parked_at"] = parked_at
        if next_attempt_at is not UNSET:
            field_dict["next_attempt_at"] = next_attempt_at
        if dead_at is not UNSET:
            field_dict["dead_at"] = dead_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.parked_event_payload import ParkedEventPayload  # noqa: PLC0415

        d = dict(src_dict)
        service = d.pop("service", UNSET)

        id = d.pop("id", UNSET)

        handler = d.pop("handler", UNSET)

        _payload = d.pop("payload", UNSET)
        payload: ParkedEventPayload | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = ParkedEventPayload.from_dict(_payload)

        _status = d.pop("status", UNSET)
        status: ParkedEventStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_parked_event_status(_status)

        error = d.pop("error", UNSET)

        attempts = d.pop("attempts", UNSET)

        _parked_at = d.pop("parked_at", UNSET)
        parked_at: datetime.datetime | Unset
        if isinstance(_parked_at, Unset):
            parked_at = UNSET
        else:
            parked_at = datetime.datetime.fromisoformat(_parked_at)

        def _parse_next_attempt_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_attempt_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_attempt_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        next_attempt_at = _parse_next_attempt_at(d.pop("next_attempt_at", UNSET))

        def _parse_dead_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dead_at_type_0 = datetime.datetime.fromisoformat(data)

                return dead_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        dead_at = _parse_dead_at(d.pop("dead_at", UNSET))

        parked_event = cls(
            service=service,
            id=id,
            handler=handler,
            payload=payload,
            status=status,
            error=error,
            attempts=attempts,
            parked_at=parked_at,
            next_attempt_at=next_attempt_at,
            dead_at=dead_at,
        )

        parked_event.additional_properties = d
        return parked_event

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
