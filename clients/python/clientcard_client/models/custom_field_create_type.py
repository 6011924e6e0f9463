from typing import Literal

CustomFieldCreateType = Literal["boolean", "date", "email", "number", "phone", "select", "text"]

CUSTOM_FIELD_CREATE_TYPE_VALUES: set[CustomFieldCreateType] = {
    "boolean",
    "date",
    "email",
    "number",
    "phone",
    "select",
    "text",
}


def check_custom_field_create_type(value: str) -> CustomFieldCreateType:
    if value in CUSTOM_FIELD_CREATE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CUSTOM_FIELD_CREATE_TYPE_VALUES!r}")
