"""Automatic notices from other services' events: a booking confirmed, points about to expire.

A template named after the event (e.g. `visit_booked`) replaces the default text and channel,
so a salon words its own notices; the event's fields are the template's variables.
"""

from __future__ import annotations

import uuid

from clientcard_messaging.db.uow import MessagingUnitOfWork
from clientcard_messaging.domain.templates import MissingVariables, render
from clientcard_messaging.use_cases.sending import queue

DEFAULTS = {
    "visit_booked": ("sms", "reminders", None, "Your {service} appointment is booked for {starts_at}."),
    "points_expiring": ("email", "loyalty", "Points expiring", "{points} loyalty points expire on {expires_on}."),
}


def notify(uow: MessagingUnitOfWork, event_type: str, event: dict) -> dict | None:
    """Queue the notice for this event once (None for a redelivery, or a template that cannot be filled)."""
    with uow:
        if not uow.inbox.claim(event["event_id"], handler=f"notify:{event_type}"):
            return None
        channel, notification_type, subject, body = DEFAULTS[event_type]
        template = uow.templates.by_name(event_type)
        if template is not None:
            channel, notification_type, subject, body = (
                template.channel,
                template.notification_type,
                template.subject,
                template.body,
            )
        variables = {key: value for key, value in event.items() if value is not None}
        try:
            content = {
                "subject": render(subject, variables),
                "body": render(body, variables),
                "notification_type": notification_type,
            }
        except MissingVariables:
            uow.commit()  # the claim stays: a template that cannot be filled will not fill on a retry
            return None
        message = queue(uow, uuid.UUID(str(event["client_id"])), channel, template.name if template else None, content)
        uow.commit()
        return message
