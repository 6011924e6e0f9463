from typing import Literal

UploadFileBodyKind = Literal["consent_form", "document", "medical", "photo"]

UPLOAD_FILE_BODY_KIND_VALUES: set[UploadFileBodyKind] = {
    "consent_form",
    "document",
    "medical",
    "photo",
}


def check_upload_file_body_kind(value: str) -> UploadFileBodyKind:
    if value in UPLOAD_FILE_BODY_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPLOAD_FILE_BODY_KIND_VALUES!r}")
