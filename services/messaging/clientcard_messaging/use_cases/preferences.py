"""A client's notification preferences: opt-outs per channel and per notification type."""

from __future__ import annotations

import uuid

from clientcard_kit.contracts import load
from clientcard_messaging import contracts
from clientcard_messaging.db.uow import MessagingUnitOfWork
from clientcard_messaging.domain import preferences as rules


def get_preferences(uow: MessagingUnitOfWork, client_id: str) -> dict:
    """Everything allowed until the client opts out."""
    with uow:
        stored = uow.preferences.get(uuid.UUID(str(client_id)))
        return stored or rules.defaults()


def set_preferences(uow: MessagingUnitOfWork, client_id: str, payload: dict) -> dict:
    """Replace the given channels and types; the rest keep their value. Raises InvalidInput."""
    changes = load(contracts.PreferencesInput(), payload)
    with uow:
        client = uuid.UUID(str(client_id))
        new = rules.merged(uow.preferences.get(client), changes)
        uow.preferences.save(client, new["channels"], new["types"])
        uow.commit()
        return new
