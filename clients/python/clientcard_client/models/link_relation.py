from typing import Literal

LinkRelation = Literal["child", "guardian", "other", "parent", "partner", "sibling", "ward"]

LINK_RELATION_VALUES: set[LinkRelation] = {
    "child",
    "guardian",
    "other",
    "parent",
    "partner",
    "sibling",
    "ward",
}


def check_link_relation(value: str) -> LinkRelation:
    if value in LINK_RELATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LINK_RELATION_VALUES!r}")
