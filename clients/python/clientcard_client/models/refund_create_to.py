from typing import Literal

RefundCreateTo = Literal["account_balance", "original"]

REFUND_CREATE_TO_VALUES: set[RefundCreateTo] = {
    "account_balance",
    "original",
}


def check_refund_create_to(value: str) -> RefundCreateTo:
    if value in REFUND_CREATE_TO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REFUND_CREATE_TO_VALUES!r}")
