"""Typed custom fields: which definitions are valid, and which values fit a definition."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

TYPES = ("text", "number", "date", "boolean", "select", "email", "phone")
TEXT_MAX = 2000
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
KEY = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


@dataclass(frozen=True)
class FieldSpec:
    key: str
    type: str
    required: bool = False
    options: tuple[str, ...] = ()
    active: bool = True


def key_from_label(label: str) -> str:
    """`Favourite colour` -> `favourite_colour`: the key a definition gets when none is given."""
    key = re.sub(r"[^a-z0-9]+", "_", label.strip().lower()).strip("_")
    if not key or not key[0].isalpha():
        key = f"field_{key}".rstrip("_")
    return key[:64]


def definition_errors(key: str, type_: str, options: list) -> dict[str, list[str]]:
    """Problems with a new definition, by field name; empty when it is valid."""
    errors: dict[str, list[str]] = {}
    if not KEY.match(key):
        errors["key"] = ["use lower-case letters, digits and underscores, starting with a letter"]
    if type_ not in TYPES:
        errors["type"] = [f"must be one of {', '.join(TYPES)}"]
    errors.update(options_errors(type_, options))
    return errors


def options_errors(type_: str, options: list) -> dict[str, list[str]]:
    """Problems with the options of a definition of this type (on create and on change)."""
    errors: dict[str, list[str]] = {}
    if type_ == "select" and not options:
        errors["options"] = ["a select field needs at least one option"]
    if type_ != "select" and options:
        errors["options"] = ["only select fields have options"]
    if len(set(options)) != len(options):
        errors.setdefault("options", []).append("options must be unique")
    return errors


def _convert(spec: FieldSpec, value, normalise_phone: Callable[[str], str]):
    """The stored form of `value`, or raise ValueError saying why it does not fit."""
    if spec.type == "text":
        if not isinstance(value, str) or len(value) > TEXT_MAX:
            raise ValueError(f"must be text of at most {TEXT_MAX} characters")
        return value
    if spec.type == "number":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError("must be a number")
        return value
    if spec.type == "date":
        if not isinstance(value, str):
            raise ValueError("must be a date (YYYY-MM-DD)")
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError as error:
            raise ValueError("must be a date (YYYY-MM-DD)") from error
    if spec.type == "boolean":
        if not isinstance(value, bool):
            raise ValueError("must be true or false")
        return value
    if spec.type == "select":
        if value not in spec.options:
            raise ValueError(f"must be one of: {', '.join(spec.options)}")
        return value
    if spec.type == "email":
        if not isinstance(value, str) or not EMAIL.match(value):
            raise ValueError("must be an email address")
        return value
    if not isinstance(value, str):
        raise ValueError("must be a phone number")
    return normalise_phone(value)  # raises ValueError for an unparseable number


def check_values(
    specs: Mapping[str, FieldSpec],
    values: Mapping,
    *,
    current: Mapping | None = None,
    creating: bool,
    normalise_phone: Callable[[str], str],
) -> tuple[dict, dict[str, list[str]]]:
    """Merge `values` into `current` custom fields: `(merged, errors)`, errors keyed `custom_fields.<key>`.

    A None value removes the key. Unknown keys, values for a retired field, wrong types and (on
    create, or when removed) missing required fields are errors. Values already stored stay as
    they are, even if their field was retired or its options changed since.
    """
    merged = dict(current or {})
    errors: dict[str, list[str]] = {}
    for key, value in values.items():
        spec = specs.get(key)
        if spec is None:
            errors[f"custom_fields.{key}"] = ["unknown custom field"]
            continue
        if value is None:
            merged.pop(key, None)
            continue
        if not spec.active:
            errors[f"custom_fields.{key}"] = ["retired custom field: it takes no new values"]
            continue
        try:
            merged[key] = _convert(spec, value, normalise_phone)
        except ValueError as error:
            errors[f"custom_fields.{key}"] = [str(error)]
    for key, spec in specs.items():
        if not spec.required or not spec.active or merged.get(key) is not None or f"custom_fields.{key}" in errors:
            continue
        if creating or key in values:
            errors[f"custom_fields.{key}"] = ["required"]
    return merged, errors
