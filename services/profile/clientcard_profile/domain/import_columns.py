"""Matching an import file's headers to client fields, and turning a row's cells into client input."""

from __future__ import annotations

import re

from clientcard_profile.domain.import_extras import EXTRA_COLUMNS, VISIT_COLUMNS

# field -> the header names people use for it (compared after `normalise_header`)
ALIASES: dict[str, tuple[str, ...]] = {
    "first_name": ("first name", "firstname", "given name", "forename", "name"),
    "last_name": ("last name", "lastname", "surname", "family name"),
    "email": ("email", "e mail", "email address", "mail"),
    "phone": ("phone", "mobile", "mobile phone", "phone number", "telephone", "tel", "cell", "mobile number"),
    "additional_phone": ("additional phone", "phone 2", "second phone", "other phone", "home phone", "work phone"),
    "gender": ("gender", "sex"),
    "date_of_birth": ("date of birth", "dob", "birthday", "birth date", "birthdate"),
    "categories": ("categories", "category"),
    "tags": ("tags", "tag", "labels"),
    "card_number": ("card number", "card", "card no", "client card"),
    "discount_percent": ("discount percent", "discount", "discount %", "personal discount"),
    "home_location_id": ("home location id", "location id", "home location"),
    "online_booking_disabled": ("online booking disabled",),
}
LIST_FIELDS = ("categories", "tags")
BOOLEAN_FIELDS = ("online_booking_disabled",)
EXTRA_PREFIX = "extra."  # the money, history and consent columns, matched by their exact names
CUSTOM_PREFIX = "custom "  # `custom:allergy`, `custom.allergy` and `Custom allergy` fill custom_fields["allergy"]
TRUE_WORDS = ("1", "true", "yes", "y", "x")
FALSE_WORDS = ("0", "false", "no", "n", "")
GENDER_WORDS = {"f": "female", "m": "male", "w": "female", "woman": "female", "man": "male", "nb": "non_binary"}

_LOOKUP = {alias: field for field, aliases in ALIASES.items() for alias in (field.replace("_", " "), *aliases)}


class MissingColumn(ValueError):
    pass


def normalise_header(header: str) -> str:
    """`  E-Mail Address ` -> `e mail address`; `%` survives for `Discount %`."""
    return " ".join(re.sub(r"[^0-9a-z%]+", " ", str(header).lower()).split())


def map_headers(headers: list[str]) -> tuple[dict[int, str], list[str]]:
    """({column index: field or `custom_fields.<key>`}, headers ignored). Raises MissingColumn.

    The first column matching a field wins; a later duplicate of it is ignored.
    """
    columns: dict[int, str] = {}
    ignored: list[str] = []
    for index, header in enumerate(headers):
        name = normalise_header(header or "")
        exact = str(header or "").strip().lower()
        field = EXTRA_PREFIX + exact if exact in EXTRA_COLUMNS else _LOOKUP.get(name)
        if field is None and name.startswith(CUSTOM_PREFIX) and len(name) > len(CUSTOM_PREFIX):
            field = "custom_fields." + name[len(CUSTOM_PREFIX) :].replace(" ", "_")
        if field is None or field in columns.values():
            if name:
                ignored.append(str(header))
            continue
        columns[index] = field
    if "first_name" not in columns.values():
        raise MissingColumn("No column for first_name (headers such as 'First name' or 'Name')")
    return columns, ignored


def map_visit_headers(headers: list[str]) -> tuple[dict[int, str], list[str]]:
    """A `kind=visits` file's columns, by their exact names. Raises MissingColumn."""
    columns: dict[int, str] = {}
    ignored: list[str] = []
    for index, header in enumerate(headers):
        exact = str(header or "").strip().lower()
        if exact in VISIT_COLUMNS and EXTRA_PREFIX + exact not in columns.values():
            columns[index] = EXTRA_PREFIX + exact
        elif exact:
            ignored.append(str(header))
    for required in ("client_external_id", "starts_at"):
        if EXTRA_PREFIX + required not in columns.values():
            raise MissingColumn(f"No column {required} (a visits file needs client_external_id and starts_at)")
    return columns, ignored


def row_extras(columns: dict[int, str], cells: list[str]) -> dict[str, str]:
    """The row's non-empty cells of the exactly named columns, by column name."""
    found = {}
    for index, field in columns.items():
        if field.startswith(EXTRA_PREFIX) and index < len(cells) and (cells[index] or "").strip():
            found[field[len(EXTRA_PREFIX) :]] = cells[index].strip()
    return found


def _split_list(value: str) -> list[str]:
    return [item.strip() for item in re.split(r"[;,|]", value) if item.strip()]


def _iso_date(value: str) -> str:
    """`31/12/1990` and `31.12.1990` (day first, as written in Europe) become `1990-12-31`; ISO stays."""
    match = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", value)
    if match:
        day, month, year = match.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}"
    return value[:10] if re.match(r"\d{4}-\d{2}-\d{2}[T ]", value) else value


def row_input(columns: dict[int, str], cells: list[str]) -> dict:
    """The client input one row describes; empty cells are left out so defaults apply."""
    data: dict = {}
    custom: dict = {}
    for index, field in columns.items():
        if field.startswith(EXTRA_PREFIX):
            continue
        value = (cells[index] if index < len(cells) else "").strip()
        if field.startswith("custom_fields."):
            if value:
                custom[field.split(".", 1)[1]] = value
            continue
        if field in BOOLEAN_FIELDS:
            lowered = value.lower()
            data[field] = True if lowered in TRUE_WORDS else False if lowered in FALSE_WORDS else value
        elif not value:
            continue
        elif field in LIST_FIELDS:
            data[field] = _split_list(value)
        elif field == "gender":
            data[field] = GENDER_WORDS.get(value.lower(), value.lower().replace(" ", "_").replace("-", "_"))
        elif field == "email":
            data[field] = value.lower()
        elif field == "date_of_birth":
            data[field] = _iso_date(value)
        else:
            data[field] = value
    if custom:
        data["custom_fields"] = custom
    return data
