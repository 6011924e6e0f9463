from typing import Literal

ClientPatchGenderType2Type1 = Literal["female", "male", "non_binary", "other", "unknown"]

CLIENT_PATCH_GENDER_TYPE_2_TYPE_1_VALUES: set[ClientPatchGenderType2Type1] = {
    "female",
    "male",
    "non_binary",
    "other",
    "unknown",
}


def check_client_patch_gender_type_2_type_1(value: str) -> ClientPatchGenderType2Type1:
    if value in CLIENT_PATCH_GENDER_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLIENT_PATCH_GENDER_TYPE_2_TYPE_1_VALUES!r}")
