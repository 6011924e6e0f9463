from typing import Literal

NoteUpdateKind = Literal["alert", "clinical", "general", "treatment"]

NOTE_UPDATE_KIND_VALUES: set[NoteUpdateKind] = {
    "alert",
    "clinical",
    "general",
    "treatment",
}


def check_note_update_kind(value: str) -> NoteUpdateKind:
    if value in NOTE_UPDATE_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NOTE_UPDATE_KIND_VALUES!r}")
