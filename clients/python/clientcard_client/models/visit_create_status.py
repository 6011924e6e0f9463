from typing import Literal

VisitCreateStatus = Literal["booked", "cancelled", "completed", "confirmed", "no_show"]

VISIT_CREATE_STATUS_VALUES: set[VisitCreateStatus] = {
    "booked",
    "cancelled",
    "completed",
    "confirmed",
    "no_show",
}


def check_visit_create_status(value: str) -> VisitCreateStatus:
    if value in VISIT_CREATE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VISIT_CREATE_STATUS_VALUES!r}")
