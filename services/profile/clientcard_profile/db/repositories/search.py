"""The client search query: text match (pg_trgm over unaccented names, phones, emails, card
numbers), filters, sorts and keyset pagination, shaped so each kind of query hits an index."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientcard_profile.db.models import Client
from clientcard_profile.db.repositories.access import visible_to
from clientcard_profile.domain.search_query import SearchTerms, escape_like, usable_phone_fragment

# pg_trgm's default (0.6) misses two swapped letters in a short surname ("smtih" is 0.33 of "smith")
WORD_SIMILARITY_THRESHOLD = "0.3"
# Constants spelled as in the expression indexes of migration 0002a, so the planner matches them:
# clients never seen sort first ascending (last first descending), unbooked ones after every booking.
NEVER = sa.literal_column("'0001-01-01 00:00:00+00'::timestamptz", sa.DateTime(timezone=True))
FOREVER = sa.literal_column("'9999-12-31 00:00:00+00'::timestamptz", sa.DateTime(timezone=True))
SORT_EXPRESSIONS = {
    "name": Client.search_name.collate("C"),
    "created_at": Client.created_at,
    "updated_at": Client.updated_at,
    "last_visit_at": sa.func.coalesce(Client.last_visit_at, NEVER),
    "next_visit_at": sa.func.coalesce(Client.next_visit_at, FOREVER),
}
TOP_CHARACTER = "\U0010ffff"  # sorts after every other character in the "C" collation


@dataclass(frozen=True)
class SearchCriteria:
    terms: SearchTerms | None = None
    phone_e164: str | None = None
    tag: str | None = None
    category: str | None = None
    location_id: uuid.UUID | None = None
    location_ids: frozenset[uuid.UUID] | None = None  # a location-limited caller: only clients it may see
    status: str = "active"
    birthday_month: int | None = None
    last_visit_before: datetime | None = None
    last_visit_after: datetime | None = None
    sort: str = "name"  # a key of SORT_EXPRESSIONS or "relevance"
    descending: bool = False
    after: tuple[object, uuid.UUID] | None = None  # keyset position: (sort value, id)
    offset: int = 0  # relevance order pages by offset
    fuzzy: bool = False  # names by trigram similarity (typos) rather than by substring
    limit: int = 50


# clientcard_search_text is IMMUTABLE: what it made of a query stays true, and as staff type the same
# prefixes come again and again; kept per process, so most searches save a round trip to the database
NORMALISED_KEPT = 10_000
_NORMALISED: dict[str, str] = {}


def normalise_text(session: Session, text: str) -> str:
    """The query as the index sees names: lower-case, accents removed (by PostgreSQL's unaccent)."""
    known = _NORMALISED.get(text)
    if known is None:
        known = session.scalar(sa.select(sa.func.clientcard_search_text(text))) or ""
        if len(_NORMALISED) >= NORMALISED_KEPT:
            _NORMALISED.clear()
        _NORMALISED[text] = known
    return known


def _name_condition(session: Session, terms: SearchTerms, fuzzy: bool):
    """Every word as a substring, or (`fuzzy`) the whole query as a similar word sequence.

    The two are separate queries because a trigram similarity scan visits every name sharing a
    few trigrams (hundreds at 100,000 clients), while substrings are selective; the use case
    asks for similar names only when no name contains the words.
    """
    normalised = normalise_text(session, terms.raw)
    words = [word for word in normalised.split(" ") if word]
    if not words:
        return sa.true(), None
    name = SORT_EXPRESSIONS["name"]
    if len(normalised) < 3:  # too short for trigrams: a prefix of the first name, as an index range
        return sa.and_(name >= normalised, name < normalised + TOP_CHARACTER), None
    relevance = sa.func.word_similarity(normalised, Client.search_name)
    if fuzzy:
        session.execute(sa.select(sa.func.set_config("pg_trgm.word_similarity_threshold", WORD_SIMILARITY_THRESHOLD, True)))
        return Client.search_name.op("%>")(normalised), relevance
    every_word = sa.and_(*(Client.search_name.like(f"%{escape_like(word)}%") for word in words))
    return sa.or_(every_word, Client.card_number == terms.raw), relevance


def _text_condition(session: Session, terms: SearchTerms, phone_e164: str | None, fuzzy: bool):
    """(condition, relevance expression or None)."""
    by_card = Client.card_number == terms.raw
    if terms.kind == "email":
        return sa.or_(sa.func.lower(Client.email).like(f"%{escape_like(terms.raw.lower())}%"), by_card), None
    if terms.kind == "phone":
        matches = [by_card]
        if phone_e164:
            matches += [Client.phone == phone_e164, Client.additional_phone == phone_e164]
        if usable_phone_fragment(terms):
            matches.append(Client.search_phones.like(f"%{terms.digits}%"))
        return sa.or_(*matches), None
    return _name_condition(session, terms, fuzzy)


def _filters(criteria: SearchCriteria) -> list:
    conditions = []
    if criteria.status != "all":
        conditions.append(Client.status == criteria.status)
    if criteria.tag:
        conditions.append(Client.tags.contains([criteria.tag]))
    if criteria.category:
        conditions.append(Client.categories.contains([criteria.category]))
    if criteria.location_id:
        conditions.append(Client.home_location_id == criteria.location_id)
    if criteria.location_ids is not None:
        conditions.append(visible_to(criteria.location_ids))
    if criteria.birthday_month:
        conditions.append(sa.extract("month", Client.date_of_birth) == criteria.birthday_month)
    # on the indexed sort expression, so "not seen since" lists read one index range
    last_visit = SORT_EXPRESSIONS["last_visit_at"]
    if criteria.last_visit_before:
        conditions += [last_visit < criteria.last_visit_before, last_visit > NEVER]
    if criteria.last_visit_after:
        conditions.append(last_visit >= criteria.last_visit_after)
    return conditions


# the client's columns as plain rows (attributes named as the model's): loading whole ORM entities
# cost a fifth of a search's CPU, for a list that is only read and dumped
CLIENT_COLUMNS = tuple(Client.__table__.columns)


def search(session: Session, criteria: SearchCriteria) -> list[tuple[sa.Row, object]]:
    """Up to `limit` clients (rows of the client's columns) with the sort value each was ordered by
    (for the next cursor)."""
    conditions = _filters(criteria)
    relevance = None
    if criteria.terms is not None:
        condition, relevance = _text_condition(session, criteria.terms, criteria.phone_e164, criteria.fuzzy)
        conditions.append(condition)
    if criteria.sort == "relevance":
        # pages by offset; a query too short to rank (no relevance) is in name order
        ranking = (relevance.desc(),) if relevance is not None else ()
        query = (
            sa.select(*CLIENT_COLUMNS, sa.null().label("sort_value"))
            .where(*conditions)
            .order_by(*ranking, SORT_EXPRESSIONS["name"], Client.id)
            .offset(criteria.offset)
        )
    else:
        sort_name = criteria.sort if criteria.sort in SORT_EXPRESSIONS else "name"
        expression = SORT_EXPRESSIONS[sort_name]
        if criteria.after is not None:
            position = sa.tuple_(expression, Client.id)
            bound = sa.tuple_(sa.literal(criteria.after[0], expression.type), sa.literal(criteria.after[1]))
            conditions.append(position < bound if criteria.descending else position > bound)
        order = (expression.desc(), Client.id.desc()) if criteria.descending else (expression, Client.id)
        query = sa.select(*CLIENT_COLUMNS, expression.label("sort_value")).where(*conditions).order_by(*order)
    return [(row, row.sort_value) for row in session.execute(query.limit(criteria.limit))]
