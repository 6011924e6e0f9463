"""A client's notification preferences, and the log of every change to them (UK GDPR/PECR consent record)."""

from __future__ import annotations

import uuid

from clientcard_kit import closed_clients
from clientcard_kit.providers import CallContext
from clientcard_messaging import contracts
from clientcard_messaging.db.models import PreferenceChange
from clientcard_messaging.db.uow import MessagingUnitOfWork
from clientcard_messaging.domain import preferences as rules


def get_preferences(uow: MessagingUnitOfWork, client_id: str) -> dict:
    """Marketing off until the client opts in; everything else allowed until they opt out."""
    with uow:
        stored = uow.preferences.get(uuid.UUID(str(client_id)))
        return rules.merged(stored, {})


def change(uow: MessagingUnitOfWork, client: uuid.UUID, changes: dict, *, actor: str, source: str, wording: str | None) -> dict:
    """Inside an open unit of work: apply and log one change; the log keeps who, when, from where and what was shown."""
    new = rules.merged(uow.preferences.get(client), changes)
    uow.preferences.save(client, new["channels"], new["types"])
    uow.preferences.log(
        PreferenceChange(
            id=uuid.uuid4(),
            client_id=client,
            channels=new["channels"],
            types=new["types"],
            actor=actor,
            source=source,
            wording=wording,
        )
    )
    return new


def _actor(context: CallContext | None) -> str:
    if context is None or (context.actor_id is None and context.actor_name is None):
        return "system"
    return f"{context.actor_name or ''} ({context.actor_id or '-'})".strip()


def set_preferences(uow: MessagingUnitOfWork, client_id: str, choices: dict, context: CallContext | None = None) -> dict:
    """Replace the given channels and types; the rest keep their value; logged. Raises InvalidInput (422),
    ClientClosed (409)."""
    with uow:
        closed_clients.refuse_closed(uow.session, client_id)
        new = change(
            uow,
            uuid.UUID(str(client_id)),
            {"channels": choices["channels"], "types": choices["types"]},
            actor=_actor(context),
            source=choices["source"],
            wording=choices["wording"],
        )
        uow.commit()
        return new


def list_changes(uow: MessagingUnitOfWork, client_id: str) -> dict:
    """Every logged change, newest first."""
    with uow:
        return {
            "items": [contracts.preference_change_view(c) for c in uow.preferences.changes(uuid.UUID(str(client_id)))],
            "next_cursor": None,
        }
