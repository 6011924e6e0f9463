"""The profile's sections of the unified card: the client, alerts, visits and their summary."""

from __future__ import annotations

from datetime import datetime

from clientcard_kit.providers import CallContext
from clientcard_profile import contracts
from clientcard_profile.db.repositories.access import locations_of
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.domain.notes import CLINICAL_SCOPE
from clientcard_profile.use_cases.clients import client_record
from clientcard_profile.use_cases.lookup import load_visible_client

UPCOMING_SHOWN = 5
RECENT_SHOWN = 5


def card_section(uow: ProfileUnitOfWork, client_id: str, *, now: datetime, context: CallContext | None = None) -> dict:
    """Client, alerts (pinned and alert notes, newest first, unacknowledged flagged, each with its
    `kind`), upcoming and recent visits, and the profile's part of the summary.

    Clinical alerts only for a caller with `notes:clinical`; an internal caller (no scopes, or no
    context) gets them too, so that whoever caches the card filters by each alert's `kind`.
    Raises ClientNotFound (also for a client the caller may not see)."""
    clinical = context is None or context.may(CLINICAL_SCOPE)
    with uow:
        found = load_visible_client(uow, client_id, context)
        client, client_uuid = client_record(uow, found, context), found.id
        alerts = [contracts.alert_view(note) for note in uow.notes.alerts(client_uuid, include_clinical=clinical)]
        upcoming = uow.visits.upcoming(client_uuid, now, UPCOMING_SHOWN)
        recent = uow.visits.recent(client_uuid, now, RECENT_SHOWN)
        last = uow.visits.last_attended(client_uuid, now)
        counts = uow.visits.counts(client_uuid, now)
        return {
            "client": client,
            # who may see the card: the gateway checks a location-limited key against the cached section
            "location_ids": [str(x) for x in locations_of(uow.session, client_uuid)],
            "alerts": alerts,
            "visits": {
                "upcoming": [contracts.visit_view(visit) for visit in upcoming],
                "recent": [contracts.visit_view(visit) for visit in recent],
            },
            "summary": {
                **counts,
                "last_visit": contracts.visit_view(last) if last else None,
                "next_visit": contracts.visit_view(upcoming[0]) if upcoming else None,
            },
        }
