"""A campaign's segment as messaging asks for it: active clients by tags, categories, location and last visit.

Keyset-paged by id, only the fields a sender needs (`id`, `email`, `phone`, `restricted`).
"""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa

from clientcard_profile.db.models import Client
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.exceptions import SearchInvalid

MAX_PAGE = 5000


def find_segment_clients(uow: ProfileUnitOfWork, segment: dict, after: str | None, limit: int) -> list[dict]:
    """Up to `limit` clients after id `after`: every tag and category named, the location, the last-visit period.

    Raises SearchInvalid (422) for a malformed segment.
    """
    try:
        conditions = [Client.status == "active", Client.merged_into_id.is_(None)]
        if segment.get("tags"):
            conditions.append(Client.tags.contains(list(segment["tags"])))
        if segment.get("categories"):
            conditions.append(Client.categories.contains(list(segment["categories"])))
        if segment.get("location_id"):
            location = uuid.UUID(str(segment["location_id"]))
            conditions.append(sa.or_(Client.home_location_id == location, Client.location_ids.any(location)))
        if segment.get("last_visit_before"):
            conditions.append(Client.last_visit_at < datetime.fromisoformat(segment["last_visit_before"]))
        if segment.get("last_visit_after"):
            conditions.append(Client.last_visit_at >= datetime.fromisoformat(segment["last_visit_after"]))
        if after:
            conditions.append(Client.id > uuid.UUID(str(after)))
        limit = max(1, min(int(limit), MAX_PAGE))
    except (TypeError, ValueError) as error:
        raise SearchInvalid(f"Not a segment: {error}") from error
    query = sa.select(Client.id, Client.email, Client.phone, Client.restricted).where(*conditions)
    with uow:
        rows = uow.session.execute(query.order_by(Client.id).limit(limit)).all()
    return [{"id": str(r.id), "email": r.email, "phone": r.phone, "restricted": bool(r.restricted)} for r in rows]
