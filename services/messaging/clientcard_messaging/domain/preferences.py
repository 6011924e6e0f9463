"""Who may be sent what: per-channel and per-type opt-outs (pure rules)."""

from __future__ import annotations

CHANNELS = ("sms", "email", "push")
TYPES = ("reminders", "marketing", "loyalty", "billing")
TRANSACTIONAL = "transactional"  # receipts and direct replies: only a channel opt-out stops them


def defaults() -> dict:
    return {"channels": dict.fromkeys(CHANNELS, True), "types": dict.fromkeys(TYPES, True)}


def merged(stored: dict | None, changes: dict) -> dict:
    """Stored preferences (or the defaults) with `changes` applied, unknown keys ignored."""
    current = stored or defaults()
    return {
        "channels": {c: bool(changes.get("channels", {}).get(c, current["channels"].get(c, True))) for c in CHANNELS},
        "types": {t: bool(changes.get("types", {}).get(t, current["types"].get(t, True))) for t in TYPES},
    }


def may_send(preferences: dict | None, channel: str, notification_type: str) -> bool:
    prefs = preferences or defaults()
    if not prefs["channels"].get(channel, True):
        return False
    return notification_type == TRANSACTIONAL or prefs["types"].get(notification_type, True)
