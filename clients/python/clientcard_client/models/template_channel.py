from typing import Literal

TemplateChannel = Literal["email", "push", "sms"]

TEMPLATE_CHANNEL_VALUES: set[TemplateChannel] = {
    "email",
    "push",
    "sms",
}


def check_template_channel(value: str) -> TemplateChannel:
    if value in TEMPLATE_CHANNEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEMPLATE_CHANNEL_VALUES!r}")
