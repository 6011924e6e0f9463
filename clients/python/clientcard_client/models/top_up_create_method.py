from typing import Literal

TopUpCreateMethod = Literal["bank_transfer", "card", "cash"]

TOP_UP_CREATE_METHOD_VALUES: set[TopUpCreateMethod] = {
    "bank_transfer",
    "card",
    "cash",
}


def check_top_up_create_method(value: str) -> TopUpCreateMethod:
    if value in TOP_UP_CREATE_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOP_UP_CREATE_METHOD_VALUES!r}")
