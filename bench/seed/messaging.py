"""Rows of the messaging database: each client's message history on every channel."""

from __future__ import annotations

from bench.seed.plan import ClientPlan

TABLES = {
    "messages": (
        "id",
        "client_id",
        "channel",
        "notification_type",
        "subject",
        "body",
        "status",
        "attempts",
        "sent_at",
        "created_at",
    ),
}


def rows(plans: list[ClientPlan], ctx) -> dict[str, list[tuple]]:
    messages = []
    for c in plans:
        for message_id, channel, kind, subject, body, status, at in c.messages:
            sent = status in ("sent", "delivered")
            messages.append((message_id, c.id, channel, kind, subject, body, status, 1 if sent else 0, at if sent else None, at))
    return {"messages": messages}
