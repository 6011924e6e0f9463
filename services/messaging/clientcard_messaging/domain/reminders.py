"""When the day-before reminder of a visit goes out (pure): the reminder hour on the eve, in the location's zone."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def remind_at(starts_at: datetime, timezone: str | None, hour: int) -> datetime:
    """`hour` o'clock local time the day before the visit; a bad zone name counts as UTC."""
    try:
        zone = ZoneInfo(timezone or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    eve = starts_at.astimezone(zone).date() - timedelta(days=1)
    return datetime.combine(eve, time(hour), tzinfo=zone)


def local_text(starts_at: datetime, timezone: str | None) -> str:
    """`Tue 12 Jan 10:30` in the location's zone, for a notice's text."""
    try:
        zone = ZoneInfo(timezone or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    return starts_at.astimezone(zone).strftime("%a %d %b %H:%M")
