from typing import Literal

NoteCreateKind = Literal["alert", "clinical", "general", "treatment"]

NOTE_CREATE_KIND_VALUES: set[NoteCreateKind] = {
    "alert",
    "clinical",
    "general",
    "treatment",
}


def check_note_create_kind(value: str) -> NoteCreateKind:
    if value in NOTE_CREATE_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NOTE_CREATE_KIND_VALUES!r}")
