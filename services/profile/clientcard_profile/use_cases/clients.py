"""Creating, reading and updating client records (with their links and audit trail)."""

from __future__ import annotations

import uuid

import sqlalchemy as sa

from clientcard_kit.providers import CallContext
from clientcard_profile import contracts
from clientcard_profile.db.models import Client
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.domain.changes import changed_fields, diff
from clientcard_profile.domain.relations import inverse
from clientcard_profile.exceptions import CardNumberTaken, ClientArchived, ClientVersionMismatch
from clientcard_profile.use_cases.audit import record_changes
from clientcard_profile.use_cases.client_input import field_specs, validate_client_input
from clientcard_profile.use_cases.lookup import caller_locations, load_visible_client, parse_client_id, refuse_closed

__all__ = [
    "create_client",
    "get_client",
    "update_client",
    "get_linked_clients",
    "client_record",
    "snapshot",
    "validate_client_input",
    "field_specs",
    "parse_client_id",
    "ensure_card_number_free",
    "flush_card_number",
]

AUDITED = (
    "first_name",
    "last_name",
    "email",
    "phone",
    "additional_phone",
    "gender",
    "date_of_birth",
    "categories",
    "tags",
    "custom_fields",
    "home_location_id",
    "discount_percent",
    "card_number",
    "online_booking_disabled",
    "restricted",
    "blocked",
    "block_reason",
    "status",
    "photo_file_id",
)


CLIENT = contracts.ClientOutput()  # built once: building a schema costs more than dumping with it


def links_of(uow: ProfileUnitOfWork, client_id: uuid.UUID, context: CallContext | None = None) -> list[dict]:
    """The client's links; a location-limited caller sees only those to clients it may see."""
    links = uow.links.for_client(client_id)
    location_ids = caller_locations(context)
    if location_ids is not None:
        visible = uow.clients.visible_ids([link.linked_client_id for link in links], location_ids)
        links = [link for link in links if link.linked_client_id in visible]
    return [{"client_id": str(link.linked_client_id), "relation": link.relation} for link in links]


def client_record(uow: ProfileUnitOfWork, client: Client, context: CallContext | None = None) -> dict:
    """The client as RPCs answer it, with the `linked_clients` the caller may see."""
    record = CLIENT.dump(client)
    record["linked_clients"] = links_of(uow, client.id, context)
    return record


def snapshot(uow: ProfileUnitOfWork, client: Client) -> dict:
    """The audited fields of a client, for `domain.changes.diff`."""
    state = {field: getattr(client, field) for field in AUDITED}
    state["linked_clients"] = sorted(links_of(uow, client.id), key=lambda link: link["client_id"])
    return state


def ensure_card_number_free(uow: ProfileUnitOfWork, card_number: str | None, client_id: uuid.UUID | None) -> None:
    """Raises CardNumberTaken (409) when another active client carries this card number."""
    if card_number and uow.clients.active_with_card_number(card_number, other_than=client_id) is not None:
        raise CardNumberTaken(
            f"Card number {card_number} belongs to another active client", errors={"card_number": ["already in use"]}
        )


def flush_card_number(uow: ProfileUnitOfWork, card_number: str | None) -> None:
    """Flush; a unique violation on the active card number (a concurrent writer took it between
    `ensure_card_number_free` and this write) becomes CardNumberTaken (409), not a 500."""
    try:
        uow.flush()
    except sa.exc.IntegrityError as error:  # a concurrent writer took the card number first
        if "uq_clients_active_card_number" in str(error.orig):
            raise CardNumberTaken(
                f"Card number {card_number} belongs to another active client", errors={"card_number": ["already in use"]}
            ) from error
        raise


def _apply_links(uow: ProfileUnitOfWork, client: Client, links: list[dict], context: CallContext | None) -> None:
    """Replace the client's links, both directions, and audit and announce the change on each other client."""
    current = uow.links.for_client(client.id)
    before = {link.linked_client_id: inverse(link.relation) for link in current}
    wanted = {link["client_id"]: (link["relation"], link["inverse"]) for link in links}
    location_ids = caller_locations(context)
    if location_ids is not None:  # links to clients this caller cannot see are not its to remove
        visible = uow.clients.visible_ids(list(before), location_ids)
        for link in current:
            if link.linked_client_id not in visible:
                wanted[link.linked_client_id] = (link.relation, inverse(link.relation))
    uow.links.replace(client.id, wanted)
    for other in sorted(set(before) | set(wanted)):
        old_relation, new_relation = before.get(other), wanted[other][1] if other in wanted else None
        if old_relation != new_relation:  # what this client is to the other one
            record_changes(uow, other, {f"linked_clients.{client.id}": (old_relation, new_relation)}, context, "linked")
            uow.outbox.add("client_updated", {"client_id": str(other), "changed": ["linked_clients"]})


def create_client(
    uow: ProfileUnitOfWork,
    payload: dict,
    *,
    region: str,
    context: CallContext | None = None,
    idempotency_key: str | None = None,
    request_hash: str | None = None,
) -> dict:
    """Create a client and announce `client_created`. Raises ClientInvalid (422), CardNumberTaken,
    IdempotencyKeyReused (409)."""
    with uow:
        replayed = uow.idempotency.replay(idempotency_key, "create_client", request_hash)
        if replayed is not None:
            return replayed
        data = validate_client_input(uow, payload, region, location_ids=caller_locations(context))
        links = data.pop("linked_clients")
        ensure_card_number_free(uow, data.get("card_number"), None)
        client = Client(id=uuid.uuid4(), **data)
        uow.session.add(client)
        flush_card_number(uow, data.get("card_number"))
        _apply_links(uow, client, links, context)
        uow.session.refresh(client)
        after = {k: v for k, v in snapshot(uow, client).items() if v not in (None, "", [], {}, False)}
        record_changes(uow, client.id, diff({}, after), context, "created")
        result = client_record(uow, client, context)
        uow.outbox.add("client_created", contracts.client_created(client))
        uow.idempotency.save(idempotency_key, "create_client", request_hash, result)
        uow.commit()
    return result


def get_client(uow: ProfileUnitOfWork, client_id: str, context: CallContext | None = None) -> dict:
    """The client record with its links. Raises ClientNotFound (404, also for a client the caller may not see)."""
    with uow:
        return client_record(uow, load_visible_client(uow, client_id, context), context)


def update_client(
    uow: ProfileUnitOfWork,
    client_id: str,
    payload: dict,
    *,
    region: str,
    expected_version: int | None = None,
    context: CallContext | None = None,
) -> dict:
    """Change the fields sent (custom fields merged key by key), audit each change and announce
    `client_updated` with the changed field names; an update that changes nothing keeps the version.

    Raises ClientNotFound (404), ClientArchived (409), CardNumberTaken (409),
    ClientVersionMismatch (412) when `expected_version` is stale, ClientInvalid (422, also for a
    home outside a location-limited caller's locations).
    """
    with uow:
        client = refuse_closed(load_visible_client(uow, client_id, context, for_update=True), merged_too=False)
        if expected_version is not None and client.version != expected_version:
            raise ClientVersionMismatch(f"The client is at version {client.version}, not {expected_version}; read it again")
        if client.status == "archived":
            raise ClientArchived("Restore the client before changing it")
        data = validate_client_input(uow, payload, region, partial=True, current=client, location_ids=caller_locations(context))
        before = snapshot(uow, client)
        links = data.pop("linked_clients", None)
        if "card_number" in data and data["card_number"] != client.card_number:
            ensure_card_number_free(uow, data["card_number"], client.id)
        for field, value in data.items():
            setattr(client, field, value)
        if links is not None:
            _apply_links(uow, client, links, context)
        changes = diff(before, snapshot(uow, client))
        if changes:
            client.version += 1
            flush_card_number(uow, client.card_number)
            record_changes(uow, client.id, changes, context, "updated")
            uow.outbox.add("client_updated", contracts.client_updated(client, changed_fields(changes)))
            if "restricted" in changes:  # GDPR restriction of processing: messaging stops marketing and notices
                uow.outbox.add(
                    "client_restricted" if client.restricted else "client_unrestricted",
                    {"client_id": str(client.id), "restricted": client.restricted},
                )
        result = client_record(uow, client, context)
        uow.commit()
    return result


def get_linked_clients(uow: ProfileUnitOfWork, client_id: str, context: CallContext | None = None) -> list[dict]:
    """`[{client_id, relation}]`: what each linked client (that the caller may see) is to this one.
    Raises ClientNotFound (404)."""
    with uow:
        client = load_visible_client(uow, client_id, context)
        return links_of(uow, client.id, context)
