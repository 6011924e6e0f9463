"""loyalty's own copy of the chain's locations, from profile's events, to validate location ids."""

from __future__ import annotations

from clientcard_loyalty.db.uow import LoyaltyUnitOfWork


def record_location(uow: LoyaltyUnitOfWork, event: dict) -> None:
    """`location_created` / `location_updated`: remember the location (an upsert, so order does not matter)."""
    with uow:
        uow.locations.upsert(event["location_id"], event["name"], event["active"])
        uow.commit()
