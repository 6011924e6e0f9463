from typing import Literal

TemplateCreateNotificationType = Literal["billing", "loyalty", "marketing", "reminders", "transactional"]

TEMPLATE_CREATE_NOTIFICATION_TYPE_VALUES: set[TemplateCreateNotificationType] = {
    "billing",
    "loyalty",
    "marketing",
    "reminders",
    "transactional",
}


def check_template_create_notification_type(value: str) -> TemplateCreateNotificationType:
    if value in TEMPLATE_CREATE_NOTIFICATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEMPLATE_CREATE_NOTIFICATION_TYPE_VALUES!r}")
