"""Rules for visits: statuses, and which event a change of a visit announces."""

from __future__ import annotations

STATUSES = ("booked", "confirmed", "completed", "cancelled", "no_show")
CANCELLED = "cancelled"

# fields whose change other services hear about
ANNOUNCED_FIELDS = ("starts_at", "ends_at", "service", "staff", "location_id", "status", "comment", "price")


def event_for(*, created: bool, old_status: str | None, new_status: str, changed: list[str]) -> str | None:
    """`visit_booked`, `visit_updated`, `visit_cancelled`, or None when nothing changed."""
    if new_status == CANCELLED and (created or old_status != CANCELLED):
        return "visit_cancelled"
    if created:
        return "visit_booked"
    if changed:
        return "visit_updated"
    return None
