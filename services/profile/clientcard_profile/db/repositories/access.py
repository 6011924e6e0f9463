"""Which clients a location-limited caller may see, in SQL: those homed, visited or invoiced at one of
its locations, i.e. whose `location_ids` (kept by the triggers of migration 0005) overlap the caller's."""

from __future__ import annotations

import uuid
from collections.abc import Collection

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, UUID
from sqlalchemy.orm import Session

from clientcard_profile.db.models import Client


def visible_to(location_ids: Collection[uuid.UUID] | None) -> sa.ColumnElement[bool]:
    """A condition on `clients`: true for the clients a caller limited to `location_ids` may see
    (None: every client; no locations: none). One array overlap: a cheap filter on an index-ordered
    scan, or a GIN index lookup when the locations have few clients."""
    if location_ids is None:
        return sa.true()
    if not location_ids:
        return sa.false()
    return Client.location_ids.overlap(sa.cast(sorted(location_ids, key=str), ARRAY(UUID(as_uuid=True))))


def locations_of(session: Session, client_id: uuid.UUID) -> list[uuid.UUID]:
    """Every location the client is linked to (home, visits, invoices), read fresh from the
    database: the triggers may have changed it since the session loaded the client."""
    return list(session.scalar(sa.select(Client.location_ids).where(Client.id == client_id)) or [])
