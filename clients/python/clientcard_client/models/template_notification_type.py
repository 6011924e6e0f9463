from typing import Literal

TemplateNotificationType = Literal["billing", "loyalty", "marketing", "reminders", "transactional"]

TEMPLATE_NOTIFICATION_TYPE_VALUES: set[TemplateNotificationType] = {
    "billing",
    "loyalty",
    "marketing",
    "reminders",
    "transactional",
}


def check_template_notification_type(value: str) -> TemplateNotificationType:
    if value in TEMPLATE_NOTIFICATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEMPLATE_NOTIFICATION_TYPE_VALUES!r}")
