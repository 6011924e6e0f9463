"""Visits: appointments past and upcoming, idempotent by the booking system's `external_id`."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.exc import IntegrityError

from clientcard_kit import cursors
from clientcard_kit.ids import parse_id
from clientcard_kit.providers import CallContext
from clientcard_profile import contracts
from clientcard_profile.db.models import Visit
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.domain.visits import ANNOUNCED_FIELDS, STATUSES, event_for
from clientcard_profile.exceptions import VisitExternalIdTaken, VisitInvalid, VisitNotFound
from clientcard_profile.use_cases.lookup import (
    caller_locations,
    load_client,
    load_visible_client,
    may_see,
    refuse_closed,
)

MAX_MERGE_HOPS = 5  # a duplicate merged into a client that was merged in turn, and so on


def refresh_visit_dates(uow: ProfileUnitOfWork, client_id: uuid.UUID, now: datetime) -> None:
    """Keep `clients.last_visit_at` / `next_visit_at` (search and sort use them) true to the visits."""
    client = uow.clients.get(client_id)
    if client is None:
        return
    last = uow.visits.last_attended(client_id, now)
    upcoming = uow.visits.upcoming(client_id, now, 1)
    client.last_visit_at = last.starts_at if last else None
    client.next_visit_at = upcoming[0].starts_at if upcoming else None


def _survivor(uow: ProfileUnitOfWork, client):
    """A booking system may still use a merged duplicate's id: its visits belong to the survivor."""
    for _ in range(MAX_MERGE_HOPS):
        if client.merged_into_id is None:
            return client
        client = load_client(uow, client.merged_into_id)
    return client


def _check_location(uow: ProfileUnitOfWork, data: dict, visit: Visit | None) -> None:
    """An unknown location is a 422; so is an inactive one, unless the visit is already there
    (its status may still change after the location closed)."""
    location_id = data.get("location_id")
    if location_id is None:
        return
    location = uow.locations.get(location_id)
    if location is None:
        raise VisitInvalid("The visit names an unknown location", errors={"location_id": ["unknown location"]})
    if not location.active and (visit is None or visit.location_id != location_id):
        raise VisitInvalid(
            "The visit names an inactive location", errors={"location_id": [f"location {location_id} is inactive"]}
        )


def _apply(visit: Visit, data: dict) -> list[str]:
    """Write `data` onto the visit; the names of the announced fields that changed."""
    changed = []
    for field, value in data.items():
        if field == "price":
            amount, currency = (value["amount"], value["currency"]) if value else (None, None)
            if (visit.price_minor, visit.currency) != (amount, currency):
                visit.price_minor, visit.currency = amount, currency
                changed.append("price")
        elif field == "external_id":
            continue
        elif getattr(visit, field) != value:
            setattr(visit, field, value)
            changed.append(field)
    if visit.ends_at is not None and visit.ends_at < visit.starts_at:
        raise VisitInvalid("ends_at must not be before starts_at", errors={"ends_at": ["before starts_at"]})
    return [field for field in changed if field in ANNOUNCED_FIELDS]


def _announce(uow: ProfileUnitOfWork, visit: Visit, *, created: bool, old_status: str | None, changed: list[str]) -> None:
    event_type = event_for(created=created, old_status=old_status, new_status=visit.status, changed=changed)
    if event_type:
        uow.outbox.add(event_type, contracts.visit_event(visit))


def list_visits(
    uow: ProfileUnitOfWork,
    client_id: str,
    *,
    limit: int = 50,
    cursor: str | None = None,
    status: str | None = None,
    context: CallContext | None = None,
) -> dict:
    """The client's visits, latest start first: `{items, next_cursor}`. Raises ClientNotFound (also
    for a client the caller may not see), VisitInvalid."""
    limit = max(1, min(int(limit), 200))
    if status is not None and status not in STATUSES:
        raise VisitInvalid("Unknown status", errors={"status": [f"one of {', '.join(STATUSES)}"]})
    after = cursors.decode(cursor, datetime.fromisoformat, uuid.UUID)
    with uow:
        client = load_visible_client(uow, client_id, context)
        visits = uow.visits.page(client.id, after=after, limit=limit + 1, status=status)
        items = [contracts.visit_view(visit) for visit in visits[:limit]]
        next_cursor = None
        if len(visits) > limit:
            last = visits[limit - 1]
            next_cursor = cursors.encode([last.starts_at.isoformat(), str(last.id)])
    return {"items": items, "next_cursor": next_cursor}


def save_visit(
    uow: ProfileUnitOfWork,
    client_id: str,
    booking: dict,
    *,
    now: datetime,
    idempotency_key: str | None = None,
    request_hash: str | None = None,
    context: CallContext | None = None,
) -> dict:
    """Book a visit, or update the one with the same `external_id`: `{visit, created}`.

    A visit for a merged duplicate goes to the client it was merged into.

    Announces visit_booked, visit_updated or visit_cancelled. Raises ClientNotFound,
    VisitInvalid (bad fields, unknown or inactive location), VisitExternalIdTaken, IdempotencyKeyReused.
    A client the caller may not see is not found.
    """
    try:
        return _save_visit(uow, client_id, booking, now, idempotency_key, request_hash, context)
    except IntegrityError:
        # a concurrent first POST with the same external_id won the insert: this one now updates it
        return _save_visit(uow, client_id, booking, now, idempotency_key, request_hash, context)


def _save_visit(uow, client_id, data, now, idempotency_key, request_hash, context) -> dict:
    with uow:
        replayed = uow.idempotency.replay(idempotency_key, "save_visit", request_hash)
        if replayed is not None:
            return replayed
        client = refuse_closed(_survivor(uow, load_visible_client(uow, client_id, context)))
        visit = uow.visits.by_external_id(data["external_id"]) if data.get("external_id") else None
        _check_location(uow, data, visit)
        if visit is not None and visit.client_id != client.id:
            raise VisitExternalIdTaken(f"external_id {data['external_id']!r} is a visit of another client")
        created = visit is None
        old_status = None if created else visit.status
        if created:
            visit = Visit(id=uuid.uuid4(), client_id=client.id, external_id=data.get("external_id"), status="booked")
            fields = {key: value for key, value in data.items() if key != "external_id"}
            _apply(visit, fields)
            uow.visits.add(visit)
            changed = list(fields)
        else:
            changed = _apply(visit, data)
            uow.flush()
            uow.session.refresh(visit)
        _announce(uow, visit, created=created, old_status=old_status, changed=changed)
        refresh_visit_dates(uow, client.id, now)
        result = {"visit": contracts.visit_view(visit), "created": created}
        uow.idempotency.save(idempotency_key, "save_visit", request_hash, result)
        uow.commit()
    return result


def load_visible_visit(uow: ProfileUnitOfWork, visit_id: str, context: CallContext | None, *, for_update: bool) -> Visit:
    """The visit, if its client is one the caller may see. Raises VisitNotFound (either way)."""
    visit_uuid = parse_id(visit_id, what="visit", not_found=VisitNotFound)
    visit = uow.visits.get(visit_uuid, for_update=for_update)
    if visit is None:
        raise VisitNotFound(f"No visit {visit_id}")
    location_ids = caller_locations(context)
    if location_ids is not None and not may_see(uow, uow.clients.get(visit.client_id), location_ids):
        raise VisitNotFound(f"No visit {visit_id}")
    return visit


def update_visit(
    uow: ProfileUnitOfWork, visit_id: str, visit_changes: dict, *, now: datetime, context: CallContext | None = None
) -> dict:
    """Change some fields of a visit (a status of `cancelled` announces visit_cancelled).

    Raises VisitNotFound (also for a visit of a client the caller may not see), VisitInvalid (bad
    fields, unknown or inactive location).
    """
    with uow:
        visit = load_visible_visit(uow, visit_id, context, for_update=True)
        _check_location(uow, visit_changes, visit)
        old_status = visit.status
        changed = _apply(visit, visit_changes)
        uow.flush()
        uow.session.refresh(visit)
        _announce(uow, visit, created=False, old_status=old_status, changed=changed)
        refresh_visit_dates(uow, visit.client_id, now)
        result = contracts.visit_view(visit)
        uow.commit()
    return result
