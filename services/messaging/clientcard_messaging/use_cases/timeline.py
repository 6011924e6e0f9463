"""Messaging's part of the client's timeline: messages and calls, newest first by (at, id)."""

from __future__ import annotations

import sqlalchemy as sa

from clientcard_kit import timeline
from clientcard_messaging.db.models import Call, Message
from clientcard_messaging.db.uow import MessagingUnitOfWork

KINDS = ("message", "call")


def _sources(client_id, kinds: set[str]) -> list[timeline.Source]:
    sources = []
    if "message" in kinds:
        data = sa.func.jsonb_build_object(
            "channel",
            Message.channel,
            "status",
            Message.status,
            "subject",
            Message.subject,
            "template",
            Message.template,
            "type",
            Message.notification_type,
        )
        query = sa.select(Message.created_at.label("at"), Message.id.label("id"), data.label("data"))
        sources.append(timeline.Source("message", query.where(Message.client_id == client_id), Message.created_at, Message.id))
    if "call" in kinds:
        data = sa.func.jsonb_build_object(
            "direction", Call.direction, "outcome", Call.outcome, "duration_s", Call.duration_s, "staff", Call.staff
        )
        query = sa.select(Call.started_at.label("at"), Call.id.label("id"), data.label("data"))
        sources.append(timeline.Source("call", query.where(Call.client_id == client_id), Call.started_at, Call.id))
    return sources


def summarise(kind: str, data: dict) -> str:
    if kind == "call":
        minutes = f", {round((data.get('duration_s') or 0) / 60)} min" if data.get("duration_s") else ""
        return f"{str(data.get('direction', '')).capitalize()} call: {data.get('outcome')}{minutes}"
    subject = f" \u201c{data['subject']}\u201d" if data.get("subject") else ""
    return f"{data['channel'].upper()}{subject}: {data['status']}"


def timeline_page(
    uow: MessagingUnitOfWork,
    client_id: str,
    kinds: list[str] | None,
    before: list | None,
    since: str | None,
    until: str | None,
    limit: int,
) -> list[dict]:
    """Up to `limit` items older than `before`. Raises TimelineInvalid (422)."""
    want = timeline.window(before, since, until, limit)
    wanted = set(KINDS) if kinds is None else set(kinds) & set(KINDS)
    client = timeline.client_uuid(client_id)
    with uow:
        return timeline.page(uow.session, _sources(client, wanted), want, summarise)
