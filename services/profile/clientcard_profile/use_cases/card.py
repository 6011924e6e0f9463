"""The profile's sections of the unified card: the client, alerts, visits and their summary."""
from __future__ import annotations

from datetime import datetime

from clientcard_profile import activity_contracts
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.use_cases.clients import get_client
from clientcard_profile.use_cases.lookup import parse_client_id

UPCOMING_SHOWN = 5
RECENT_SHOWN = 5


def card_section(uow: ProfileUnitOfWork, client_id: str, *, now: datetime) -> dict:
    """Client, alerts (pinned and alert notes, newest first, unacknowledged flagged), upcoming and
    recent visits, and the profile's part of the summary. Raises ClientNotFound."""
    client = get_client(uow, client_id)
    client_uuid = parse_client_id(client["id"])
    with uow:
        alerts = [activity_contracts.alert_view(note) for note in uow.notes.alerts(client_uuid)]
        upcoming = uow.visits.upcoming(client_uuid, now, UPCOMING_SHOWN)
        recent = uow.visits.recent(client_uuid, now, RECENT_SHOWN)
        last = uow.visits.last_attended(client_uuid, now)
        counts = uow.visits.counts(client_uuid, now)
        return {
            "client": client,
            "alerts": alerts,
            "visits": {
                "upcoming": [activity_contracts.visit_view(visit) for visit in upcoming],
                "recent": [activity_contracts.visit_view(visit) for visit in recent],
            },
            "summary": {
                **counts,
                "last_visit": activity_contracts.visit_view(last) if last else None,
                "next_visit": activity_contracts.visit_view(upcoming[0]) if upcoming else None,
            },
        }
