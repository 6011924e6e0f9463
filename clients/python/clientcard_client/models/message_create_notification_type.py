from typing import Literal

MessageCreateNotificationType = Literal["billing", "loyalty", "marketing", "reminders", "transactional"]

MESSAGE_CREATE_NOTIFICATION_TYPE_VALUES: set[MessageCreateNotificationType] = {
    "billing",
    "loyalty",
    "marketing",
    "reminders",
    "transactional",
}


def check_message_create_notification_type(value: str) -> MessageCreateNotificationType:
    if value in MESSAGE_CREATE_NOTIFICATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MESSAGE_CREATE_NOTIFICATION_TYPE_VALUES!r}")
