from typing import Literal

VisitUpdateStatus = Literal["booked", "cancelled", "completed", "confirmed", "no_show"]

VISIT_UPDATE_STATUS_VALUES: set[VisitUpdateStatus] = {
    "booked",
    "cancelled",
    "completed",
    "confirmed",
    "no_show",
}


def check_visit_update_status(value: str) -> VisitUpdateStatus:
    if value in VISIT_UPDATE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VISIT_UPDATE_STATUS_VALUES!r}")
