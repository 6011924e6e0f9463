"""Profile's part of the client's timeline: visits, notes and merges, newest first by (at, id)."""

from __future__ import annotations

import sqlalchemy as sa

from clientcard_kit import timeline
from clientcard_kit.providers import CallContext
from clientcard_profile.db.models import ClientMerge, Note, Visit
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.domain.notes import CLINICAL_SCOPE
from clientcard_profile.use_cases.lookup import load_visible_client

KINDS = ("visit", "note", "merge")


def _sources(client_id, kinds: set[str], *, clinical: bool) -> list[timeline.Source]:
    sources = []
    if "visit" in kinds:
        data = sa.func.jsonb_build_object("service", Visit.service, "staff", Visit.staff, "status", Visit.status)
        query = sa.select(Visit.starts_at.label("at"), Visit.id.label("id"), data.label("data"))
        sources.append(timeline.Source("visit", query.where(Visit.client_id == client_id), Visit.starts_at, Visit.id))
    if "note" in kinds:
        data = sa.func.jsonb_build_object("kind", Note.kind, "body", sa.func.left(Note.body, 120))
        query = sa.select(Note.created_at.label("at"), Note.id.label("id"), data.label("data")).where(
            Note.client_id == client_id, Note.deleted_at.is_(None)
        )
        if not clinical:  # inline, not a parameter: the planner matches it to the partial index of migration 0013
            query = query.where(Note.kind != sa.literal("clinical", literal_execute=True))
        sources.append(timeline.Source("note", query, Note.created_at, Note.id))
    if "merge" in kinds:
        data = sa.func.jsonb_build_object("source_id", ClientMerge.source_id)
        query = sa.select(ClientMerge.created_at.label("at"), ClientMerge.id.label("id"), data.label("data")).where(
            ClientMerge.client_id == client_id, ClientMerge.undone_at.is_(None)
        )
        sources.append(timeline.Source("merge", query, ClientMerge.created_at, ClientMerge.id))
    return sources


def summarise(kind: str, data: dict) -> str:
    if kind == "visit":
        what = data.get("service") or "Visit"
        staff = f" with {data['staff']}" if data.get("staff") else ""
        return f"{what}{staff} ({data.get('status')})"
    if kind == "note":
        first_line = (data.get("body") or "").splitlines()[0] if data.get("body") else ""
        return f"{data.get('kind', 'general').capitalize()} note: {first_line}"
    return f"Merged client {data.get('source_id')} into this one"


def timeline_page(
    uow: ProfileUnitOfWork,
    client_id: str,
    kinds: list[str] | None,
    before: list | None,
    since: str | None,
    until: str | None,
    limit: int,
    context: CallContext | None,
) -> list[dict]:
    """Up to `limit` items older than `before`. Clinical notes only for callers with `notes:clinical`.
    Raises ClientNotFound (404, also when hidden from the caller), TimelineInvalid (422)."""
    want = timeline.window(before, since, until, limit)
    wanted = set(KINDS) if kinds is None else set(kinds) & set(KINDS)
    with uow:
        client = load_visible_client(uow, client_id, context)
        clinical = context is None or context.may(CLINICAL_SCOPE)
        return timeline.page(uow.session, _sources(client.id, wanted, clinical=clinical), want, summarise)
