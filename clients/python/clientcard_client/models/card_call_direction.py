from typing import Literal

CardCallDirection = Literal["inbound", "outbound"]

CARD_CALL_DIRECTION_VALUES: set[CardCallDirection] = {
    "inbound",
    "outbound",
}


def check_card_call_direction(value: str) -> CardCallDirection:
    if value in CARD_CALL_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARD_CALL_DIRECTION_VALUES!r}")
