"""Checking client input against the schema, the phone rules, the custom field definitions,
the known locations and the linked clients, all errors reported together."""

from __future__ import annotations

import uuid

from marshmallow import ValidationError

from clientcard_profile import contracts
from clientcard_profile.adapters.phones import UnparseablePhone, to_e164
from clientcard_profile.db.models import Client
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.domain.custom_fields import FieldSpec, check_values
from clientcard_profile.domain.relations import inverse
from clientcard_profile.exceptions import ClientInvalid

PHONE_FIELDS = ("phone", "additional_phone")


def field_specs(uow: ProfileUnitOfWork) -> dict[str, FieldSpec]:
    """The custom field definitions as pure specs, by key."""
    return {
        d.key: FieldSpec(key=d.key, type=d.type, required=d.required, options=tuple(d.options or ()), active=d.active)
        for d in uow.custom_fields.list()
    }


def _phone_normaliser(region: str):
    def normalise(raw: str) -> str:
        try:
            return to_e164(raw, region)
        except UnparseablePhone as error:
            raise ValueError(str(error)) from error

    return normalise


def validate_client_input(
    uow: ProfileUnitOfWork,
    payload: dict,
    region: str,
    partial: bool = False,
    current: Client | None = None,
    specs: dict[str, FieldSpec] | None = None,
    location_ids: frozenset[uuid.UUID] | None = None,
) -> dict:
    """The cleaned client fields, or ClientInvalid (422) with `errors` {field: [messages]}.

    Call it inside an open unit of work (it reads definitions, locations and linked clients);
    it writes nothing. `partial=True` (a PATCH) returns only the fields sent; custom fields sent
    are merged into `current.custom_fields` (a None value removes one). Without `partial` (a
    create or an import row) missing fields get their defaults and required custom fields must
    be present. Phones come back as E.164; `linked_clients` as `[{client_id: UUID, relation,
    inverse}]`. Pass `specs` (from `field_specs(uow)`) to reuse definitions across many rows.
    Card number uniqueness is not checked here: it is a 409 at write time.

    `location_ids` are a location-limited caller's (None: unlimited): a new client without a home
    gets the caller's only location, and no client gets (or moves to) a home outside them; clients
    it may not see are unknown as links.
    """
    errors: dict[str, list] = {}
    # decoded here, not at the edge: its 422 names schema errors together with those only the database finds
    try:
        data = contracts.ClientInput().load(payload or {}, partial=partial)
    except ValidationError as error:
        errors.update(error.normalized_messages())
        data = dict(error.valid_data or {})
        if not partial:
            data = {**contracts.ClientInput().load({"first_name": "x"}), **data}
    if not isinstance(data, dict):
        raise ClientInvalid("The client has invalid fields", errors=errors or {"_request": ["expected an object"]})

    normalise_phone = _phone_normaliser(region)
    for field in PHONE_FIELDS:
        if field in data:
            raw = data[field]
            if raw is None or not raw.strip():
                data[field] = None
                continue
            try:
                data[field] = normalise_phone(raw)
            except ValueError as error:
                errors[field] = [str(error)]

    if "card_number" in data and data["card_number"] is not None:
        data["card_number"] = data["card_number"].strip() or None

    if "custom_fields" in data or not partial:
        merged, field_errors = check_values(
            specs if specs is not None else field_specs(uow),
            data.get("custom_fields") or {},
            current=current.custom_fields if current is not None else None,
            creating=not partial,
            normalise_phone=normalise_phone,
        )
        data["custom_fields"] = merged
        errors.update(field_errors)

    _check_caller_home(data, current, partial, location_ids, errors)
    location_id = data.get("home_location_id")
    if location_id is not None and "home_location_id" not in errors:
        location = uow.locations.get(location_id)
        unchanged = current is not None and current.home_location_id == location_id
        if location is None:
            errors["home_location_id"] = [f"unknown location {location_id}"]
        elif not location.active and not unchanged:  # clients already there may stay
            errors["home_location_id"] = [f"location {location_id} is inactive"]

    if "linked_clients" in data:
        links, link_errors = _check_links(uow, data["linked_clients"], current, location_ids)
        data["linked_clients"] = links
        errors.update(link_errors)

    _check_block(data, current, errors)
    if errors:
        raise ClientInvalid("The client has invalid fields", errors=errors)
    return data


def _check_caller_home(
    data: dict, current: Client | None, partial: bool, location_ids: frozenset[uuid.UUID] | None, errors: dict
) -> None:
    """A location-limited caller keeps its clients at its own locations."""
    if location_ids is None:
        return
    if not partial and data.get("home_location_id") is None:
        if len(location_ids) == 1:
            data["home_location_id"] = next(iter(location_ids))
        else:
            errors["home_location_id"] = ["required for a key limited to several locations"]
        return
    if "home_location_id" not in data or (current is not None and current.home_location_id == data["home_location_id"]):
        return
    if data["home_location_id"] not in location_ids:
        errors["home_location_id"] = ["not one of the locations this key is limited to"]


def _check_links(
    uow: ProfileUnitOfWork, links: list[dict], current: Client | None, location_ids: frozenset[uuid.UUID] | None
) -> tuple[list[dict], dict]:
    errors: dict[str, list[str]] = {}
    seen = set()
    known = uow.clients.visible_ids([link["client_id"] for link in links], location_ids)
    cleaned = []
    for link in links:
        other = link["client_id"]
        if current is not None and other == current.id:
            errors.setdefault("linked_clients", []).append("a client cannot be linked to itself")
        elif other in seen:
            errors.setdefault("linked_clients", []).append(f"client {other} is linked twice")
        elif other not in known:
            errors.setdefault("linked_clients", []).append(f"unknown client {other}")
        seen.add(other)
        cleaned.append({"client_id": other, "relation": link["relation"], "inverse": inverse(link["relation"])})
    return cleaned, errors


def _check_block(data: dict, current: Client | None, errors: dict) -> None:
    """A blocked client needs a reason; unblocking clears it."""
    blocked = data.get("blocked", current.blocked if current is not None else False)
    reason = data.get("block_reason", current.block_reason if current is not None else None)
    if blocked and not (reason or "").strip():
        errors["block_reason"] = ["a blocked client needs a reason"]
    if not blocked and ("blocked" in data or "block_reason" in data):
        data["block_reason"] = None
