from typing import Literal

ClientCreateGenderType3Type1 = Literal["female", "male", "non_binary", "other", "unknown"]

CLIENT_CREATE_GENDER_TYPE_3_TYPE_1_VALUES: set[ClientCreateGenderType3Type1] = {
    "female",
    "male",
    "non_binary",
    "other",
    "unknown",
}


def check_client_create_gender_type_3_type_1(value: str) -> ClientCreateGenderType3Type1:
    if value in CLIENT_CREATE_GENDER_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLIENT_CREATE_GENDER_TYPE_3_TYPE_1_VALUES!r}")
