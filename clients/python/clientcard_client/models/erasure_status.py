from typing import Literal

ErasureStatus = Literal["completed", "in_progress"]

ERASURE_STATUS_VALUES: set[ErasureStatus] = {
    "completed",
    "in_progress",
}


def check_erasure_status(value: str) -> ErasureStatus:
    if value in ERASURE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ERASURE_STATUS_VALUES!r}")
