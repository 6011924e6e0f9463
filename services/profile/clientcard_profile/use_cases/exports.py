"""The client list as rows for a CSV export, page by page (the gateway streams the pages)."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa

from clientcard_kit import cursors
from clientcard_kit.providers import CallContext
from clientcard_profile.db.models import Client
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.exceptions import SearchInvalid
from clientcard_profile.use_cases.lookup import caller_locations, visible_to

COLUMNS = (
    "id",
    "first_name",
    "last_name",
    "email",
    "phone",
    "additional_phone",
    "gender",
    "date_of_birth",
    "categories",
    "tags",
    "card_number",
    "discount_percent",
    "home_location_id",
    "online_booking_disabled",
    "status",
    "last_visit_at",
    "next_visit_at",
    "created_at",
)
STATUSES = ("active", "archived")


def _cell(value) -> str | bool | None:
    if isinstance(value, list):
        return "; ".join(value)
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def export_clients(
    uow: ProfileUnitOfWork,
    *,
    cursor: str | None = None,
    limit: int = 1000,
    status: str | None = "active",
    context: CallContext | None = None,
) -> dict:
    """`{columns, items: [{column: value}], next_cursor}` in creation order, only clients the caller
    may see. Raises SearchInvalid."""
    limit = max(1, min(int(limit), 5000))
    if status is not None and status not in STATUSES:
        raise SearchInvalid("Unknown status", errors={"status": [f"one of {', '.join(STATUSES)}"]})
    after = cursors.decode(cursor, datetime.fromisoformat, uuid.UUID)
    query = sa.select(*(getattr(Client, column) for column in COLUMNS)).where(visible_to(caller_locations(context)))
    if status:
        query = query.where(Client.status == status)
    if after is not None:
        query = query.where(sa.tuple_(Client.created_at, Client.id) > sa.tuple_(*after))
    with uow:
        rows = uow.session.execute(query.order_by(Client.created_at, Client.id).limit(limit + 1)).all()
    items = [{column: _cell(value) for column, value in zip(COLUMNS, row, strict=True)} for row in rows[:limit]]
    next_cursor = None
    if len(rows) > limit:
        last = rows[limit - 1]
        next_cursor = cursors.encode([last.created_at.isoformat(), str(last.id)])
    return {"columns": list(COLUMNS), "items": items, "next_cursor": next_cursor}
