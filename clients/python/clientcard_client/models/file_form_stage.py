from typing import Literal

FileFormStage = Literal["after", "before"]

FILE_FORM_STAGE_VALUES: set[FileFormStage] = {
    "after",
    "before",
}


def check_file_form_stage(value: str) -> FileFormStage:
    if value in FILE_FORM_STAGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FILE_FORM_STAGE_VALUES!r}")
