from typing import Literal

MessageCreateChannel = Literal["email", "push", "sms"]

MESSAGE_CREATE_CHANNEL_VALUES: set[MessageCreateChannel] = {
    "email",
    "push",
    "sms",
}


def check_message_create_channel(value: str) -> MessageCreateChannel:
    if value in MESSAGE_CREATE_CHANNEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MESSAGE_CREATE_CHANNEL_VALUES!r}")
