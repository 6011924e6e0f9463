"""The chain's locations: created and renamed here, announced to every service as `location_*` events."""
from __future__ import annotations

import uuid
from zoneinfo import available_timezones

from marshmallow import ValidationError

from clientcard_profile import contracts
from clientcard_profile.db.models import Location
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.exceptions import LocationInvalid, LocationNotFound, LocationVersionMismatch


def _check_timezone(data: dict) -> None:
    if "timezone" in data and data["timezone"] not in available_timezones():
        raise LocationInvalid("Unknown time zone", errors={"timezone": [f"unknown time zone {data['timezone']!r}"]})


def _load(payload: dict, *, partial: bool) -> dict:
    try:
        data = contracts.LocationInput().load(payload or {}, partial=partial)
    except ValidationError as error:
        raise LocationInvalid("The location has invalid fields", errors=error.normalized_messages()) from error
    _check_timezone(data)
    return data


def _parse_id(location_id) -> uuid.UUID:
    try:
        return uuid.UUID(str(location_id))
    except ValueError as error:
        raise LocationNotFound(f"No location {location_id!r}") from error


def create_location(uow: ProfileUnitOfWork, payload: dict) -> dict:
    """Create a location and announce `location_created`. Raises LocationInvalid (422)."""
    data = _load(payload, partial=False)
    with uow:
        location = uow.locations.add(Location(id=uuid.uuid4(), **data))
        uow.session.refresh(location)
        uow.outbox.add("location_created", contracts.location_event(location))
        result = contracts.LocationOutput().dump(location)
        uow.commit()
    return result


def get_location(uow: ProfileUnitOfWork, location_id: str) -> dict:
    """One location. Raises LocationNotFound (404)."""
    with uow:
        location = uow.locations.get(_parse_id(location_id))
        if location is None:
            raise LocationNotFound(f"No location {location_id}")
        return contracts.LocationOutput().dump(location)


def list_locations(uow: ProfileUnitOfWork) -> list[dict]:
    """Every location of the chain, by name."""
    with uow:
        return [contracts.LocationOutput().dump(location) for location in uow.locations.list()]


def update_location(
    uow: ProfileUnitOfWork, location_id: str, payload: dict, *, expected_version: int | None = None
) -> dict:
    """Rename, move to another time zone, or deactivate; announces `location_updated`.
    Raises LocationNotFound (404), LocationVersionMismatch (412), LocationInvalid (422)."""
    data = _load(payload, partial=True)
    with uow:
        location = uow.locations.get_for_update(_parse_id(location_id))
        if location is None:
            raise LocationNotFound(f"No location {location_id}")
        if expected_version is not None and location.version != expected_version:
            raise LocationVersionMismatch(f"The location is at version {location.version}, not {expected_version}")
        changed = {field: value for field, value in data.items() if getattr(location, field) != value}
        if changed:
            for field, value in changed.items():
                setattr(location, field, value)
            location.version += 1
            uow.flush()
            uow.session.refresh(location)
            uow.outbox.add("location_updated", contracts.location_event(location))
        result = contracts.LocationOutput().dump(location)
        uow.commit()
    return result
