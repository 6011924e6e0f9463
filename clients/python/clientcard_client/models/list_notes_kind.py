from typing import Literal

ListNotesKind = Literal["alert", "clinical", "general", "treatment"]

LIST_NOTES_KIND_VALUES: set[ListNotesKind] = {
    "alert",
    "clinical",
    "general",
    "treatment",
}


def check_list_notes_kind(value: str) -> ListNotesKind:
    if value in LIST_NOTES_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_NOTES_KIND_VALUES!r}")
