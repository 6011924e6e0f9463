from typing import Literal

PaymentCreateMethod = Literal["account_balance", "card", "cash", "gift_card"]

PAYMENT_CREATE_METHOD_VALUES: set[PaymentCreateMethod] = {
    "account_balance",
    "card",
    "cash",
    "gift_card",
}


def check_payment_create_method(value: str) -> PaymentCreateMethod:
    if value in PAYMENT_CREATE_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAYMENT_CREATE_METHOD_VALUES!r}")
