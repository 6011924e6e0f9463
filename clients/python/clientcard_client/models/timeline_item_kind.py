from typing import Literal

TimelineItemKind = Literal[
    "call",
    "consent",
    "credits",
    "file",
    "gift_card",
    "invoice",
    "membership",
    "merge",
    "message",
    "note",
    "payment",
    "points",
    "refund",
    "top_up",
    "visit",
]

TIMELINE_ITEM_KIND_VALUES: set[TimelineItemKind] = {
    "call",
    "consent",
    "credits",
    "file",
    "gift_card",
    "invoice",
    "membership",
    "merge",
    "message",
    "note",
    "payment",
    "points",
    "refund",
    "top_up",
    "visit",
}


def check_timeline_item_kind(value: str) -> TimelineItemKind:
    if value in TIMELINE_ITEM_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TIMELINE_ITEM_KIND_VALUES!r}")
