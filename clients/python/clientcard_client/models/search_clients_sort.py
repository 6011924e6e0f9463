from typing import Literal

SearchClientsSort = Literal[
    "-created_at",
    "-last_visit_at",
    "-name",
    "-next_visit_at",
    "-relevance",
    "-updated_at",
    "created_at",
    "last_visit_at",
    "name",
    "next_visit_at",
    "relevance",
    "updated_at",
]

SEARCH_CLIENTS_SORT_VALUES: set[SearchClientsSort] = {
    "-created_at",
    "-last_visit_at",
    "-name",
    "-next_visit_at",
    "-relevance",
    "-updated_at",
    "created_at",
    "last_visit_at",
    "name",
    "next_visit_at",
    "relevance",
    "updated_at",
}


def check_search_clients_sort(value: str) -> SearchClientsSort:
    if value in SEARCH_CLIENTS_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_CLIENTS_SORT_VALUES!r}")
