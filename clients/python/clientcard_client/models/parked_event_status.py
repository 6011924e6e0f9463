from typing import Literal

ParkedEventStatus = Literal["dead", "retrying"]

PARKED_EVENT_STATUS_VALUES: set[ParkedEventStatus] = {
    "dead",
    "retrying",
}


def check_parked_event_status(value: str) -> ParkedEventStatus:
    if value in PARKED_EVENT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PARKED_EVENT_STATUS_VALUES!r}")
