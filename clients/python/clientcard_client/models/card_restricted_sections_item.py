from typing import Literal

CardRestrictedSectionsItem = Literal["alerts", "balance", "client", "files", "loyalty", "messages", "visits"]

CARD_RESTRICTED_SECTIONS_ITEM_VALUES: set[CardRestrictedSectionsItem] = {
    "alerts",
    "balance",
    "client",
    "files",
    "loyalty",
    "messages",
    "visits",
}


def check_card_restricted_sections_item(value: str) -> CardRestrictedSectionsItem:
    if value in CARD_RESTRICTED_SECTIONS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARD_RESTRICTED_SECTIONS_ITEM_VALUES!r}")
