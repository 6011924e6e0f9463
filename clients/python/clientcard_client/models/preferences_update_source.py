from typing import Literal

PreferencesUpdateSource = Literal["client", "import", "online_booking", "provider", "staff", "unsubscribe_link"]

PREFERENCES_UPDATE_SOURCE_VALUES: set[PreferencesUpdateSource] = {
    "client",
    "import",
    "online_booking",
    "provider",
    "staff",
    "unsubscribe_link",
}


def check_preferences_update_source(value: str) -> PreferencesUpdateSource:
    if value in PREFERENCES_UPDATE_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PREFERENCES_UPDATE_SOURCE_VALUES!r}")
