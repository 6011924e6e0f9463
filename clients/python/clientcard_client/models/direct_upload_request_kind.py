from typing import Literal

DirectUploadRequestKind = Literal["consent_form", "document", "medical", "photo"]

DIRECT_UPLOAD_REQUEST_KIND_VALUES: set[DirectUploadRequestKind] = {
    "consent_form",
    "document",
    "medical",
    "photo",
}


def check_direct_upload_request_kind(value: str) -> DirectUploadRequestKind:
    if value in DIRECT_UPLOAD_REQUEST_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DIRECT_UPLOAD_REQUEST_KIND_VALUES!r}")
