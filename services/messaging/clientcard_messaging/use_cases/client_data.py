"""What messaging holds on one client, for the GDPR export: messages, calls, preferences and their history."""

from __future__ import annotations

import uuid

import sqlalchemy as sa

from clientcard_kit import timeline
from clientcard_messaging import contracts
from clientcard_messaging.db.models import Call, Message, PreferenceChange
from clientcard_messaging.db.uow import MessagingUnitOfWork
from clientcard_messaging.domain import preferences as rules


def export_client_data(uow: MessagingUnitOfWork, client_id: str) -> dict:
    """`{messages, calls, notification_preferences, preference_changes}`, newest first. Raises TimelineInvalid (422)."""
    client: uuid.UUID = timeline.client_uuid(client_id)
    with uow:
        session = uow.session
        messages = session.scalars(
            sa.select(Message).where(Message.client_id == client).order_by(Message.created_at.desc(), Message.id.desc())
        )
        calls = session.scalars(sa.select(Call).where(Call.client_id == client).order_by(Call.started_at.desc(), Call.id.desc()))
        changes = session.scalars(
            sa.select(PreferenceChange).where(PreferenceChange.client_id == client).order_by(PreferenceChange.created_at.desc())
        )
        return {
            "messages": [contracts.message_view(message) for message in messages],
            "calls": [contracts.call_view(call) for call in calls],
            "notification_preferences": rules.merged(uow.preferences.get(client), {}),
            "preference_changes": [contracts.preference_change_view(change) for change in changes],
        }
