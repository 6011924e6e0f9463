"""Rules for client notes: kinds, who may see clinical ones, what shows as an alert."""

from __future__ import annotations

KINDS = ("general", "treatment", "clinical", "alert")
CLINICAL = "clinical"
CLINICAL_SCOPE = "notes:clinical"  # the key scope that shows clinical notes, anywhere


def needs_clinical_scope(*kinds: str | None) -> bool:
    """Writing or touching a clinical note (or turning one into or out of clinical) needs the scope."""
    return CLINICAL in kinds


def shows_as_alert(kind: str, pinned: bool) -> bool:
    """The card's alerts: pinned notes and alert notes (a pinned clinical note only to those who may
    read clinical notes: the caller decides that, not this rule)."""
    return pinned or kind == "alert"
