"""Automatic notices from other services' events: a visit booked, moved or cancelled, the day-before reminder,
points about to expire, an invoice overdue.

A template named after the notice (e.g. `visit_booked`, per location and language) replaces the default
text and channel; the event's fields are its variables. Each respects the client's choices and
restriction, and goes out once: the inbox drops a redelivered event, and `notices_sent` drops a second
event about the same thing (the same visit at the same time, the same expiring lot).
"""

from __future__ import annotations

import uuid

from clientcard_messaging.db.uow import MessagingUnitOfWork
from clientcard_messaging.domain.templates import MissingVariables, TemplateBroken, render
from clientcard_messaging.use_cases.sending import queue

DEFAULTS = {
    "visit_booked": ("sms", "reminders", None, "Your {{ service or 'appointment' }} is booked for {{ starts_local }}."),
    "visit_updated": ("sms", "reminders", None, "Your {{ service or 'appointment' }} is now on {{ starts_local }}."),
    "visit_cancelled": ("sms", "reminders", None, "Your {{ service or 'appointment' }} on {{ starts_local }} is cancelled."),
    "visit_reminder": ("sms", "reminders", None, "Reminder: {{ service or 'your appointment' }} tomorrow, {{ starts_local }}."),
    "points_expiring": ("email", "loyalty", "Points expiring", "{{ points }} loyalty points expire on {{ expires_on }}."),
    "invoice_overdue": ("email", "billing", "Invoice overdue", "An invoice of yours was due on {{ due_on }} and is unpaid."),
}


def once_key(event_type: str, event: dict) -> str:
    """What makes two events the same notice, whatever their event ids."""
    match event_type:
        case "visit_booked" | "visit_updated" | "visit_cancelled" | "visit_reminder":
            return f"{event_type}:{event['visit_id']}:{event.get('starts_at')}"
        case "points_expiring":
            return f"{event_type}:{event['client_id']}:{event.get('lot_id') or ''}:{event['expires_on']}:{event['points']}"
        case "invoice_overdue":
            return f"{event_type}:{event['invoice_id']}"
    return f"{event_type}:{event['event_id']}"


def queue_notice(uow: MessagingUnitOfWork, event_type: str, event: dict, *, restricted: bool) -> dict | None:
    """Inside an open unit of work: queue (or suppress) one notice, unless it went out already."""
    if not uow.notices.claim(once_key(event_type, event)):
        return None
    channel, notification_type, subject, body = DEFAULTS[event_type]
    location = event.get("location_id")
    template = uow.templates.best(event_type, uuid.UUID(location) if location else None, event.get("language"))
    html = None
    if template is not None:
        channel, notification_type, subject, body, html = (
            template.channel,
            template.notification_type,
            template.subject,
            template.body,
            template.html,
        )
    variables = {key: value for key, value in event.items() if value is not None}
    variables.setdefault("starts_local", event.get("starts_at"))
    try:
        content = {
            "subject": render(subject, variables),
            "body": render(body, variables),
            "html": render(html, variables, html=True),
            "notification_type": notification_type,
        }
    except (MissingVariables, TemplateBroken):
        return None  # a salon's template that cannot be filled from this event: it will not fill on a retry
    return queue(
        uow, uuid.UUID(str(event["client_id"])), channel, template.name if template else None, content, restricted=restricted
    )


def notify(uow: MessagingUnitOfWork, event_type: str, event: dict, *, restricted: bool = False) -> dict | None:
    """Queue the notice for this event once (None for a redelivery, a repeat, or a template that cannot be filled)."""
    with uow:
        if not uow.inbox.claim(event["event_id"], handler=f"notify:{event_type}"):
            return None
        message = queue_notice(uow, event_type, event, restricted=restricted)
        uow.commit()
        return message
