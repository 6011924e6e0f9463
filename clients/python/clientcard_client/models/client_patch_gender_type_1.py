from typing import Literal

ClientPatchGenderType1 = Literal["female", "male", "non_binary", "other", "unknown"]

CLIENT_PATCH_GENDER_TYPE_1_VALUES: set[ClientPatchGenderType1] = {
    "female",
    "male",
    "non_binary",
    "other",
    "unknown",
}


def check_client_patch_gender_type_1(value: str) -> ClientPatchGenderType1:
    if value in CLIENT_PATCH_GENDER_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLIENT_PATCH_GENDER_TYPE_1_VALUES!r}")
