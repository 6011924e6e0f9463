from typing import Literal

CallCreateOutcome = Literal["answered", "busy", "failed", "missed", "no_answer", "voicemail"]

CALL_CREATE_OUTCOME_VALUES: set[CallCreateOutcome] = {
    "answered",
    "busy",
    "failed",
    "missed",
    "no_answer",
    "voicemail",
}


def check_call_create_outcome(value: str) -> CallCreateOutcome:
    if value in CALL_CREATE_OUTCOME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_CREATE_OUTCOME_VALUES!r}")
