"""The chain's locations: created and renamed here, announced to every service as `location_*` events."""

from __future__ import annotations

import uuid
from zoneinfo import available_timezones

from clientcard_kit.ids import parse_id
from clientcard_kit.providers import CallContext
from clientcard_profile import contracts
from clientcard_profile.db.models import Location
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.exceptions import LocationInvalid, LocationNotFound, LocationVersionMismatch
from clientcard_profile.use_cases.lookup import caller_locations


def _check_timezone(data: dict) -> None:
    if "timezone" in data and data["timezone"] not in available_timezones():
        raise LocationInvalid("Unknown time zone", errors={"timezone": [f"unknown time zone {data['timezone']!r}"]})


def _parse_id(location_id, context: CallContext | None = None) -> uuid.UUID:
    """The id as a UUID; LocationNotFound for anything else, and for a location outside a limited caller's own."""
    parsed = parse_id(location_id, what="location", not_found=LocationNotFound)
    allowed = caller_locations(context)
    if allowed is not None and parsed not in allowed:
        raise LocationNotFound(f"No location {location_id}")
    return parsed


def create_location(uow: ProfileUnitOfWork, new_location: dict) -> dict:
    """Create a location and announce `location_created`. Raises LocationInvalid (422)."""
    _check_timezone(new_location)
    with uow:
        location = uow.locations.add(Location(id=uuid.uuid4(), **new_location))
        uow.session.refresh(location)
        uow.outbox.add("location_created", contracts.location_event(location))
        result = contracts.LocationOutput().dump(location)
        uow.commit()
    return result


def get_location(uow: ProfileUnitOfWork, location_id: str, context: CallContext | None = None) -> dict:
    """One location. Raises LocationNotFound (404, also for one outside a limited caller's locations)."""
    with uow:
        location = uow.locations.get(_parse_id(location_id, context))
        if location is None:
            raise LocationNotFound(f"No location {location_id}")
        return contracts.LocationOutput().dump(location)


def list_locations(uow: ProfileUnitOfWork, context: CallContext | None = None) -> list[dict]:
    """Every location of the chain, by name; a location-limited caller's own only."""
    allowed = caller_locations(context)
    with uow:
        return [
            contracts.LocationOutput().dump(location)
            for location in uow.locations.list()
            if allowed is None or location.id in allowed
        ]


def update_location(
    uow: ProfileUnitOfWork,
    location_id: str,
    changes: dict,
    *,
    expected_version: int | None = None,
    context: CallContext | None = None,
) -> dict:
    """Rename, move to another time zone, set the reminder hour, or deactivate; announces `location_updated`.
    Raises LocationNotFound (404, also outside a limited caller's locations), LocationVersionMismatch
    (412), LocationInvalid (422)."""
    _check_timezone(changes)
    with uow:
        location = uow.locations.get_for_update(_parse_id(location_id, context))
        if location is None:
            raise LocationNotFound(f"No location {location_id}")
        if expected_version is not None and location.version != expected_version:
            raise LocationVersionMismatch(f"The location is at version {location.version}, not {expected_version}")
        changed = {field: value for field, value in changes.items() if getattr(location, field) != value}
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
