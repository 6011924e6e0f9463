from typing import Literal

LoyaltyCardCreateType = Literal["credit_pack", "gift_card", "loyalty", "membership"]

LOYALTY_CARD_CREATE_TYPE_VALUES: set[LoyaltyCardCreateType] = {
    "credit_pack",
    "gift_card",
    "loyalty",
    "membership",
}


def check_loyalty_card_create_type(value: str) -> LoyaltyCardCreateType:
    if value in LOYALTY_CARD_CREATE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOYALTY_CARD_CREATE_TYPE_VALUES!r}")
