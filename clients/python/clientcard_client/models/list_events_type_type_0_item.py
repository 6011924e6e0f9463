from typing import Literal

ListEventsTypeType0Item = Literal[
    "balance.changed",
    "client.created",
    "client.erased",
    "client.merged",
    "client.updated",
    "consent.signed",
    "file.added",
    "gift_card.changed",
    "invoice.issued",
    "membership.changed",
    "message.status_changed",
    "payment.recorded",
    "points.earned",
    "points.expired",
    "points.spent",
    "refund.issued",
    "tier.changed",
    "visit.booked",
    "visit.updated",
]

LIST_EVENTS_TYPE_TYPE_0_ITEM_VALUES: set[ListEventsTypeType0Item] = {
    "balance.changed",
    "client.created",
    "client.erased",
    "client.merged",
    "client.updated",
    "consent.signed",
    "file.added",
    "gift_card.changed",
    "invoice.issued",
    "membership.changed",
    "message.status_changed",
    "payment.recorded",
    "points.earned",
    "points.expired",
    "points.spent",
    "refund.issued",
    "tier.changed",
    "visit.booked",
    "visit.updated",
}


def check_list_events_type_type_0_item(value: str) -> ListEventsTypeType0Item:
    if value in LIST_EVENTS_TYPE_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EVENTS_TYPE_TYPE_0_ITEM_VALUES!r}")
