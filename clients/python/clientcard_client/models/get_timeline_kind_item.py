from typing import Literal

GetTimelineKindItem = Literal[
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

GET_TIMELINE_KIND_ITEM_VALUES: set[GetTimelineKindItem] = {
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


def check_get_timeline_kind_item(value: str) -> GetTimelineKindItem:
    if value in GET_TIMELINE_KIND_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_TIMELINE_KIND_ITEM_VALUES!r}")
