from typing import Literal

ListVisitsStatus = Literal["booked", "cancelled", "completed", "confirmed", "no_show"]

LIST_VISITS_STATUS_VALUES: set[ListVisitsStatus] = {
    "booked",
    "cancelled",
    "completed",
    "confirmed",
    "no_show",
}


def check_list_visits_status(value: str) -> ListVisitsStatus:
    if value in LIST_VISITS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_VISITS_STATUS_VALUES!r}")
