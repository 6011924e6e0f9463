"""billing's copy of profile's locations, to check an invoice's `location_id` without asking profile."""

from __future__ import annotations

from clientcard_billing.db.uow import BillingUnitOfWork


def remember_location(uow: BillingUnitOfWork, event: dict) -> None:
    """Apply `location_created` / `location_updated`; an older event never overwrites a newer one."""
    with uow:
        if not uow.inbox.claim(event["event_id"], handler="remember_location"):
            return
        uow.locations.upsert(event["location_id"], event["name"], event["active"], event["occurred_at"])
        uow.commit()
