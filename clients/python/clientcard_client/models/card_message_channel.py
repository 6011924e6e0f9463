from typing import Literal

CardMessageChannel = Literal["email", "push", "sms"]

CARD_MESSAGE_CHANNEL_VALUES: set[CardMessageChannel] = {
    "email",
    "push",
    "sms",
}


def check_card_message_channel(value: str) -> CardMessageChannel:
    if value in CARD_MESSAGE_CHANNEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARD_MESSAGE_CHANNEL_VALUES!r}")
