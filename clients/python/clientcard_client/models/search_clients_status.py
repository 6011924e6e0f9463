from typing import Literal

SearchClientsStatus = Literal["active", "all", "archived"]

SEARCH_CLIENTS_STATUS_VALUES: set[SearchClientsStatus] = {
    "active",
    "all",
    "archived",
}


def check_search_clients_status(value: str) -> SearchClientsStatus:
    if value in SEARCH_CLIENTS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_CLIENTS_STATUS_VALUES!r}")
