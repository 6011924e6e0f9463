"""Likely duplicates of a client: the same phone, the same email, or a very similar name."""

from __future__ import annotations

import sqlalchemy as sa

from clientcard_kit.providers import CallContext
from clientcard_profile.db.models import Client
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.domain.duplicates import Person, match_reasons
from clientcard_profile.use_cases.clients import client_record
from clientcard_profile.use_cases.lookup import caller_locations, load_visible_client, visible_to

CANDIDATES = 200
NAME_TRIGRAM_THRESHOLD = 0.45  # wide on purpose: the domain rule decides, the index only narrows


def _person(client: Client) -> Person:
    phones = frozenset(p for p in (client.phone, client.additional_phone) if p)
    return Person(client.first_name or "", client.last_name or "", client.email, phones)


def find_duplicates(uow: ProfileUnitOfWork, client_id: str, *, limit: int = 20, context: CallContext | None = None) -> dict:
    """`{items: [{client, reasons, score}], next_cursor: None}`, best first; active clients the
    caller may see only.

    Raises ClientNotFound (also for a client the caller may not see).
    """
    limit = max(1, min(int(limit), 100))
    with uow:
        client = load_visible_client(uow, client_id, context)
        me = _person(client)
        conditions = [
            sa.func.similarity(Client.search_name, sa.func.clientcard_search_text(f"{me.first_name} {me.last_name}"))
            >= NAME_TRIGRAM_THRESHOLD
        ]
        if me.phones:
            conditions += [Client.phone.in_(me.phones), Client.additional_phone.in_(me.phones)]
        if me.email:
            conditions.append(sa.func.lower(Client.email) == me.email.lower())
        candidates = uow.session.scalars(
            sa.select(Client)
            .where(
                Client.id != client.id,
                Client.status == "active",
                sa.or_(*conditions),
                visible_to(caller_locations(context)),
            )
            .limit(CANDIDATES)
        ).all()
        scored = []
        for candidate in candidates:
            reasons, score = match_reasons(me, _person(candidate))
            if reasons:
                scored.append((score, candidate, reasons))
        scored.sort(key=lambda item: (-item[0], str(item[1].id)))
        items = [
            {"client": client_record(uow, candidate, context), "reasons": reasons, "score": score}
            for score, candidate, reasons in scored[:limit]
        ]
    return {"items": items, "next_cursor": None}
