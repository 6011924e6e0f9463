"""Reading a card: warm from the Redis read model without a single RPC, cold from the services' fan-out.

Sections are kept whole (fetched without the key's filters) and laid out for each key by
`card.compose`, so scopes, clinical alerts and medical files apply to a cached card exactly as to a
fresh one. A section whose service failed is never stored.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from flask import current_app

from gateway import access, card, rate_limit
from gateway.card_cache import CardCache
from gateway.requests_ctx import breakers, rpc, settings


def cache() -> CardCache:
    return current_app.extensions["clientcard.card_cache"]


@dataclass(frozen=True)
class CardRead:
    answer: dict  # the card as the view may see it
    generation: int | None  # of the cached sections it was composed from (None: the cache was unusable)
    location_ids: list[str] | None  # where the client is linked: who may see the card


def read(client_id: str, view: card.CardView) -> CardRead:
    """The card as `view` may see it; raises the profile's RemoteError for an unknown client, and the
    404 of an unknown client when a location-limited key may not see this one."""
    sections, generation = _cached(client_id)
    config = settings()
    missing = [service for service in view.services(config.services) if service not in sections]
    failed: list[str] = []
    if missing:
        with rpc(unfiltered=True) as lease:
            answers, failed = card.fetch_sections(lease, client_id, missing, config.card_budget_s, breakers())
        cache().store(client_id, generation, answers)
        sections = {**sections, **answers}
    location_ids = (sections.get("profile") or {}).get("location_ids")
    access.require_visible_locations(client_id, location_ids)
    return CardRead(card.compose(sections, failed, view), None if failed else generation, location_ids)


def remember_body(client_id: str, view: card.CardView, read: CardRead, body: bytes, etag: str) -> None:
    """Keep the composed body for the fast path (gateway.card_fast_path): only a whole card, and only
    one that shows no clinical alert nor medical file (each read of those is recorded)."""
    if read.generation is not None and read.location_ids is not None:
        cache().store_body(client_id, read.generation, view.signature, etag, body, read.location_ids)


def _cached(client_id: str) -> tuple[dict[str, dict], int | None]:
    """The cached sections, read in the same Redis round trip as the key's rate limit count."""
    store = cache()
    if store.bypassed:
        rate_limit.count_joined()
        return {}, None
    joined = rate_limit.count_joined(store.redis, lambda pipe: store.queue_read(pipe, client_id))
    return store.parse_read(joined) if joined is not None else store.read(client_id)


def body_and_etag(answer: dict) -> tuple[bytes, str]:
    """The card's JSON and its strong ETag (the same body always has the same tag)."""
    body = json.dumps(answer, separators=(",", ":"), sort_keys=True).encode()
    return body, '"' + hashlib.blake2b(body, digest_size=16).hexdigest() + '"'
