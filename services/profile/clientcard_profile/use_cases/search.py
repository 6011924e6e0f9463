"""Search as staff type: one box for names, phones, emails and card numbers, plus filters,
sorts and opaque cursors."""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from dataclasses import replace
from datetime import datetime

from clientcard_kit.contract_dump import dump_many, plain_dumper
from clientcard_kit.providers import CallContext
from clientcard_profile import contracts
from clientcard_profile.adapters.phones import UnparseablePhone, to_e164
from clientcard_profile.db.repositories.search import SearchCriteria, search
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.domain.search_query import classify
from clientcard_profile.exceptions import SearchInvalid
from clientcard_profile.use_cases.lookup import caller_locations

CLIENTS = contracts.ClientOutput(many=True)  # built once: a schema per call costs more than the query
CLIENT_DUMPER = plain_dumper(CLIENTS)  # the same dicts as CLIENTS.dump, at a fraction of its CPU
TIME_SORTS = ("created_at", "updated_at", "last_visit_at", "next_visit_at")


def _encode(payload: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode()


def _decode(cursor: str, sort: str, descending: bool) -> dict:
    try:
        payload = json.loads(base64.b64decode(cursor.encode(), altchars=b"-_", validate=True))
        if payload.get("s") != sort or bool(payload.get("d")) != descending:
            raise ValueError("cursor of another sort")
        fuzzy = bool(payload.get("f"))
        if sort == "relevance":
            return {"offset": max(0, int(payload["o"])), "fuzzy": fuzzy}
        value = payload["v"]
        if sort in TIME_SORTS:
            value = datetime.fromisoformat(value)
        return {"after": (value, uuid.UUID(payload["id"])), "fuzzy": fuzzy}
    except (ValueError, KeyError, TypeError, AttributeError, binascii.Error) as error:
        raise SearchInvalid("The cursor is not one this search gave", errors={"cursor": ["invalid cursor"]}) from error


def _visible_locations(asked: list[uuid.UUID] | None, context: CallContext | None) -> frozenset[uuid.UUID] | None:
    """The locations whose clients this search may list: the caller's, narrowed by any `location_ids` asked."""
    limits = [frozenset(limit) for limit in (caller_locations(context), asked) if limit is not None]
    return frozenset.intersection(*limits) if limits else None


def _criteria(args: dict, region: str, context: CallContext | None) -> SearchCriteria:
    terms = classify(args["q"]) if args.get("q") and args["q"].strip() else None
    phone_e164 = None
    if terms is not None and terms.kind == "phone":
        try:
            phone_e164 = to_e164(terms.raw, region)
        except UnparseablePhone:
            phone_e164 = None  # a fragment of a number: matched by its digits instead
    sort = args.get("sort") or ("-relevance" if terms is not None and terms.kind == "name" else "name")
    descending = sort.startswith("-")
    sort = sort.lstrip("-")
    if sort == "relevance" and (terms is None or terms.kind != "name"):
        sort, descending = "name", False  # only a name search has a relevance
    if sort == "relevance":
        descending = True  # best match first, whichever way it was asked
    position = _decode(args["cursor"], sort, descending) if args.get("cursor") else {}
    return SearchCriteria(
        terms=terms,
        phone_e164=phone_e164,
        tag=args.get("tag"),
        category=args.get("category"),
        location_id=args.get("location_id"),
        location_ids=_visible_locations(args.get("location_ids"), context),
        status=args["status"],
        birthday_month=args.get("birthday_month"),
        last_visit_before=args.get("last_visit_before"),
        last_visit_after=args.get("last_visit_after"),
        sort=sort,
        descending=descending,
        limit=args["limit"],
        **position,
    )


def search_clients(uow: ProfileUnitOfWork, query: dict, *, region: str, context: CallContext | None = None) -> dict:
    """`{items, next_cursor}`: clients matching `q` (name fragment, accents and case ignored,
    typo-tolerant; phone in any format; email; card number) and the filters, archived ones only
    when `status` asks; only clients the caller (and `location_ids`, if given) may see. Default
    order: relevance for a name, else name. Raises SearchInvalid (422)."""
    criteria = _criteria(query, region, context)
    limit = criteria.limit
    with uow:
        rows = search(uow.session, replace(criteria, limit=limit + 1))  # one more: is there a next page?
        if not rows and _may_try_similar_names(criteria):
            criteria = replace(criteria, fuzzy=True)  # nothing contains these words: perhaps a typo
            rows = search(uow.session, replace(criteria, limit=limit + 1))
        items = dump_many(CLIENTS, CLIENT_DUMPER, [client for client, _ in rows[:limit]])
        next_cursor = _next_cursor(criteria, rows[limit - 1]) if len(rows) > limit else None
    return {"items": items, "next_cursor": next_cursor}


def _may_try_similar_names(criteria: SearchCriteria) -> bool:
    first_page = criteria.offset == 0 and criteria.after is None
    return first_page and not criteria.fuzzy and criteria.terms is not None and criteria.terms.kind == "name"


def _next_cursor(criteria: SearchCriteria, last_row) -> str:
    last_client, last_value = last_row
    if criteria.sort == "relevance":
        return _encode({"s": "relevance", "d": True, "f": criteria.fuzzy, "o": criteria.offset + criteria.limit})
    value = last_value.isoformat() if isinstance(last_value, datetime) else last_value
    return _encode({"s": criteria.sort, "d": criteria.descending, "f": criteria.fuzzy, "v": value, "id": str(last_client.id)})
