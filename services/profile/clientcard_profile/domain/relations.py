"""Family links between clients: each relation and its mirror on the other client."""

from __future__ import annotations

INVERSE = {
    "parent": "child",
    "child": "parent",
    "partner": "partner",
    "sibling": "sibling",
    "guardian": "ward",
    "ward": "guardian",
    "other": "other",
}
RELATIONS = tuple(INVERSE)


def inverse(relation: str) -> str:
    """If B is A's `child`, A is B's `parent`; partners and siblings mirror themselves."""
    return INVERSE[relation]
