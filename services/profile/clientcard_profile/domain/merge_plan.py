"""How two client records become one: field by field, the survivor's value unless told otherwise."""

from __future__ import annotations

from dataclasses import dataclass

MERGEABLE_FIELDS = (
    "first_name",
    "last_name",
    "email",
    "phone",
    "additional_phone",
    "gender",
    "date_of_birth",
    "card_number",
    "home_location_id",
    "discount_percent",
    "online_booking_disabled",
    "categories",
    "tags",
    "custom_fields",
    "photo_file_id",  # the duplicate's photo moves with its files (files obeys client_merged)
)
LIST_FIELDS = ("categories", "tags")
CHOICES = ("target", "source")


class UnknownMergeField(ValueError):
    pass


@dataclass(frozen=True)
class FieldOutcome:
    target: object
    source: object
    result: object
    kept: str  # "target", "source" or "both"


def _empty(value) -> bool:
    return value is None or value == "" or value == [] or value == {}


def plan(target: dict, source: dict, keep: dict[str, str]) -> dict[str, FieldOutcome]:
    """The merged value of every mergeable field.

    By default the survivor keeps its own value and takes the duplicate's only where its own is
    empty; tags and categories are united; custom fields are filled key by key. `keep` forces
    a field to `target` or `source`. Raises UnknownMergeField for a field or choice it does not know.
    """
    for field, asked in keep.items():
        if field not in MERGEABLE_FIELDS:
            raise UnknownMergeField(f"{field!r} cannot be chosen in a merge")
        if asked not in CHOICES:
            raise UnknownMergeField(f"{field!r}: choose 'target' or 'source', not {asked!r}")
    outcomes = {}
    for field in MERGEABLE_FIELDS:
        mine, theirs = target.get(field), source.get(field)
        choice = keep.get(field)
        if choice == "source":
            outcomes[field] = FieldOutcome(mine, theirs, theirs, "source")
        elif choice == "target":
            outcomes[field] = FieldOutcome(mine, theirs, mine, "target")
        elif field in LIST_FIELDS:
            united = list(mine or []) + [item for item in theirs or [] if item not in (mine or [])]
            outcomes[field] = FieldOutcome(mine, theirs, united, "both" if united != list(mine or []) else "target")
        elif field == "custom_fields":
            filled = {**(mine or {}), **{k: v for k, v in (theirs or {}).items() if _empty((mine or {}).get(k))}}
            outcomes[field] = FieldOutcome(mine, theirs, filled, "both" if filled != (mine or {}) else "target")
        elif _empty(mine) and not _empty(theirs):
            outcomes[field] = FieldOutcome(mine, theirs, theirs, "source")
        else:
            outcomes[field] = FieldOutcome(mine, theirs, mine, "target")
    return outcomes


def changes(outcomes: dict[str, FieldOutcome]) -> dict[str, object]:
    """Only the fields whose merged value differs from the survivor's own."""
    return {field: outcome.result for field, outcome in outcomes.items() if outcome.result != outcome.target}


def link_moves(target_id, source_id, source_links: dict, target_links: dict) -> tuple[dict, dict]:
    """Split the duplicate's family links `{other: relation}` into those that move to the survivor
    and those that are dropped instead.

    A link to the survivor itself would become a self-link, and a link to someone the survivor is
    already linked to would become a second link between the same two clients (the survivor's own
    relation wins): both are dropped. Both answers map the other client to the duplicate's relation.
    """
    moving, dropped = {}, {}
    for other, relation in source_links.items():
        if other in (target_id, source_id) or other in target_links:
            dropped[other] = relation
        else:
            moving[other] = relation
    return moving, dropped


UNDO_WINDOW_DAYS = 30
