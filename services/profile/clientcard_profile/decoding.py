"""Decoding at the edge for the requests whose 422 is of profile's own kind (SearchInvalid, LocationInvalid,
CustomFieldInvalid): the entrypoints load them here (the kit's `load` with profile's error) and pass the
typed values to the use cases."""

from __future__ import annotations

from clientcard_kit.contracts import load
from clientcard_profile import contracts
from clientcard_profile.exceptions import CustomFieldInvalid, LocationInvalid, SearchInvalid

FIXED_CUSTOM_FIELD_PARTS = ("key", "type")  # stored values were checked against them: they never change


def search_query(args: dict | None) -> dict:
    return load(contracts.SearchInput(), args or {}, error=SearchInvalid, message="The search has invalid parameters")


def new_location(data: dict | None) -> dict:
    return load(contracts.LocationInput(), data or {}, error=LocationInvalid, message="The location has invalid fields")


def location_changes(data: dict | None) -> dict:
    return load(
        contracts.LocationInput(), data or {}, error=LocationInvalid, message="The location has invalid fields", partial=True
    )


def new_custom_field(data: dict | None) -> dict:
    return load(contracts.CustomFieldInput(), data or {}, error=CustomFieldInvalid, message="The custom field has invalid fields")


def custom_field_changes(data: dict | None) -> dict:
    """The changes to a definition; a `key` or `type` sent is refused before anything else (the contract
    would silently drop them, as it drops every unknown field)."""
    fixed = {part: ["cannot change once defined"] for part in FIXED_CUSTOM_FIELD_PARTS if part in (data or {})}
    if fixed:
        raise CustomFieldInvalid("The key and type of a custom field cannot change", errors=fixed)
    return load(
        contracts.CustomFieldChange(), data or {}, error=CustomFieldInvalid, message="The custom field has invalid fields"
    )
