from typing import Literal

MergeRequestKeepAdditionalProperty = Literal["source", "target"]

MERGE_REQUEST_KEEP_ADDITIONAL_PROPERTY_VALUES: set[MergeRequestKeepAdditionalProperty] = {
    "source",
    "target",
}


def check_merge_request_keep_additional_property(value: str) -> MergeRequestKeepAdditionalProperty:
    if value in MERGE_REQUEST_KEEP_ADDITIONAL_PROPERTY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MERGE_REQUEST_KEEP_ADDITIONAL_PROPERTY_VALUES!r}")
