from typing import Literal

UploadFileBodyStage = Literal["after", "before"]

UPLOAD_FILE_BODY_STAGE_VALUES: set[UploadFileBodyStage] = {
    "after",
    "before",
}


def check_upload_file_body_stage(value: str) -> UploadFileBodyStage:
    if value in UPLOAD_FILE_BODY_STAGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPLOAD_FILE_BODY_STAGE_VALUES!r}")
