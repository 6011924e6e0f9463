from typing import Literal

CallOutcome = Literal["answered", "busy", "failed", "missed", "no_answer", "voicemail"]

CALL_OUTCOME_VALUES: set[CallOutcome] = {
    "answered",
    "busy",
    "failed",
    "missed",
    "no_answer",
    "voicemail",
}


def check_call_outcome(value: str) -> CallOutcome:
    if value in CALL_OUTCOME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_OUTCOME_VALUES!r}")
