"""Day-before visit reminders: scheduled from profile's visit events, sent by a timer when due."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert

from clientcard_messaging.db.models import visit_reminders
from clientcard_messaging.db.uow import MessagingUnitOfWork
from clientcard_messaging.domain.reminders import local_text, remind_at
from clientcard_messaging.use_cases.notices import queue_notice

ACTIVE = ("booked", "confirmed")


def schedule(uow: MessagingUnitOfWork, event: dict, *, timezone: str | None, hour: int, now: datetime) -> None:
    """Inside the visit event's unit of work: (re)plan the reminder; a cancelled or past visit gets none."""
    starts = datetime.fromisoformat(event["starts_at"])
    when = remind_at(starts, timezone, hour) if event.get("status", "booked") in ACTIVE and starts > now else None
    variables = {k: v for k, v in event.items() if k not in ("event_id", "occurred_at", "version") and v is not None}
    variables["starts_local"] = local_text(starts, timezone)
    values = {"client_id": uuid.UUID(event["client_id"]), "starts_at": starts, "remind_at": when, "variables": variables}
    statement = insert(visit_reminders).values(visit_id=uuid.UUID(event["visit_id"]), **values)
    # a moved visit is reminded again at its new time; an unchanged one keeps its sent mark
    uow.session.execute(
        statement.on_conflict_do_update(
            index_elements=["visit_id"],
            set_={**values, "sent_at": sa.case((visit_reminders.c.starts_at == starts, visit_reminders.c.sent_at), else_=None)},
        )
    )


def replan_location(uow: MessagingUnitOfWork, location_id: str, *, timezone: str | None, hour: int, now: datetime) -> int:
    """A location's zone or reminder hour changed: its unsent reminders of visits to come move to the new clock.
    Computed from the location as it is now, so a repeated or late event changes nothing; returns how many."""
    with uow:
        rows = uow.session.execute(
            sa.select(visit_reminders)
            .where(
                visit_reminders.c.variables["location_id"].astext == location_id,
                visit_reminders.c.sent_at.is_(None),
                visit_reminders.c.starts_at > now,
            )
            .with_for_update()
        ).all()
        for row in rows:
            uow.session.execute(
                sa.update(visit_reminders)
                .where(visit_reminders.c.visit_id == row.visit_id)
                .values(
                    remind_at=remind_at(row.starts_at, timezone, hour) if row.remind_at is not None else None,
                    variables={**row.variables, "starts_local": local_text(row.starts_at, timezone)},
                )
            )
        uow.commit()
        return len(rows)


def send_due(uow: MessagingUnitOfWork, *, now: datetime, restricted: Callable[[str], bool], limit: int = 100) -> int:
    """Queue every reminder whose time has come (each once); returns how many were due."""
    with uow:
        rows = uow.session.execute(
            sa.select(visit_reminders)
            .where(visit_reminders.c.remind_at <= now, visit_reminders.c.sent_at.is_(None), visit_reminders.c.starts_at > now)
            .limit(limit)
            .with_for_update(skip_locked=True)
        ).all()
        for row in rows:
            event = {**row.variables, "client_id": str(row.client_id), "visit_id": str(row.visit_id)}
            queue_notice(uow, "visit_reminder", event, restricted=restricted(str(row.client_id)))
            uow.session.execute(sa.update(visit_reminders).where(visit_reminders.c.visit_id == row.visit_id).values(sent_at=now))
        uow.commit()
        return len(rows)


def on_visit_event(
    uow: MessagingUnitOfWork,
    event_type: str,
    event: dict,
    *,
    restricted: bool,
    timezone: str | None,
    hour: int,
    now: datetime,
) -> dict | None:
    """`visit_booked` / `visit_updated` / `visit_cancelled`: the notice now, the reminder planned; once per event."""
    with uow:
        if not uow.inbox.claim(event["event_id"], handler=f"notify:{event_type}"):
            return None
        schedule(uow, event, timezone=timezone, hour=hour, now=now)
        starts = datetime.fromisoformat(event["starts_at"])
        message = None
        if event_type != "visit_updated" or starts > now:
            message = queue_notice(
                uow, event_type, {**event, "starts_local": local_text(starts, timezone)}, restricted=restricted
            )
        uow.commit()
        return message
