from typing import Literal

ImportUploadKind = Literal["clients", "visits"]

IMPORT_UPLOAD_KIND_VALUES: set[ImportUploadKind] = {
    "clients",
    "visits",
}


def check_import_upload_kind(value: str) -> ImportUploadKind:
    if value in IMPORT_UPLOAD_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMPORT_UPLOAD_KIND_VALUES!r}")
