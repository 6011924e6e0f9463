from typing import Literal

FileFormKind = Literal["consent_form", "document", "medical", "photo"]

FILE_FORM_KIND_VALUES: set[FileFormKind] = {
    "consent_form",
    "document",
    "medical",
    "photo",
}


def check_file_form_kind(value: str) -> FileFormKind:
    if value in FILE_FORM_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FILE_FORM_KIND_VALUES!r}")
