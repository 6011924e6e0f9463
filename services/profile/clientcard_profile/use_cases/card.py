"""The profile's sections of the unified card."""
from __future__ import annotations

from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.use_cases.clients import get_client


def card_section(uow: ProfileUnitOfWork, client_id: str) -> dict:
    """Client, alerts, visits and the profile's part of the summary. Raises ClientNotFound."""
    client = get_client(uow, client_id)
    return {
        "client": client,
        "alerts": [],
        "visits": {"upcoming": [], "recent": []},
        "summary": {"visits_count": 0, "last_visit": None, "next_visit": None},
    }
