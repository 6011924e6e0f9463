from typing import Literal

CardFileKind = Literal["consent_form", "document", "medical", "photo", "signed_consent"]

CARD_FILE_KIND_VALUES: set[CardFileKind] = {
    "consent_form",
    "document",
    "medical",
    "photo",
    "signed_consent",
}


def check_card_file_kind(value: str) -> CardFileKind:
    if value in CARD_FILE_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARD_FILE_KIND_VALUES!r}")
