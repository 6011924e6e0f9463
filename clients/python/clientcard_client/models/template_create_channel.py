from typing import Literal

TemplateCreateChannel = Literal["email", "push", "sms"]

TEMPLATE_CREATE_CHANNEL_VALUES: set[TemplateCreateChannel] = {
    "email",
    "push",
    "sms",
}


def check_template_create_channel(value: str) -> TemplateCreateChannel:
    if value in TEMPLATE_CREATE_CHANNEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEMPLATE_CREATE_CHANNEL_VALUES!r}")
