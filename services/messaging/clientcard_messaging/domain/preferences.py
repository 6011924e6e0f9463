"""Who may be sent what: per-channel and per-type choices (pure rules).

Marketing is opt-in (UK GDPR/PECR): off until the client says yes. Everything else is allowed
until the client opts out. A restricted client (GDPR restriction of processing) gets no
marketing and no automatic notices, whatever the preferences say.
"""

from __future__ import annotations

CHANNELS = ("sms", "email", "push")
TYPES = ("reminders", "marketing", "loyalty", "billing")
TRANSACTIONAL = "transactional"  # receipts and direct replies: only a channel opt-out stops them
OPT_IN = frozenset({"marketing"})


def defaults() -> dict:
    return {"channels": dict.fromkeys(CHANNELS, True), "types": {t: t not in OPT_IN for t in TYPES}}


def merged(stored: dict | None, changes: dict) -> dict:
    """Stored preferences (or the defaults) with `changes` applied, unknown keys ignored."""
    current = stored or defaults()
    base = defaults()
    return {
        "channels": {
            c: bool(changes.get("channels", {}).get(c, current["channels"].get(c, base["channels"][c]))) for c in CHANNELS
        },
        "types": {t: bool(changes.get("types", {}).get(t, current["types"].get(t, base["types"][t]))) for t in TYPES},
    }


def may_send(preferences: dict | None, channel: str, notification_type: str, *, restricted: bool = False) -> bool:
    prefs = preferences or defaults()
    if not prefs["channels"].get(channel, True):
        return False
    if notification_type == TRANSACTIONAL:
        return True
    if restricted:
        return False  # restriction of processing: only what the client asked for directly goes out
    return bool(prefs["types"].get(notification_type, notification_type not in OPT_IN))
