from typing import Literal

DirectUploadRequestStage = Literal["after", "before"]

DIRECT_UPLOAD_REQUEST_STAGE_VALUES: set[DirectUploadRequestStage] = {
    "after",
    "before",
}


def check_direct_upload_request_stage(value: str) -> DirectUploadRequestStage:
    if value in DIRECT_UPLOAD_REQUEST_STAGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DIRECT_UPLOAD_REQUEST_STAGE_VALUES!r}")
