"""The one access policy: which clients, locations, card sections, note kinds and file kinds a key may see.

`guard_request` runs before every view: each path parameter names a resource, and a location-limited
key that may not see the resource's client gets the very 404 of a resource that does not exist. A
path parameter this module does not know stops the app at start-up, so a new endpoint cannot forget
the policy. Lists and exports are filtered by the services themselves, which read the key's
locations and scopes from the RPC context (clientcard_kit.providers.CallContext).
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from flask import Flask, current_app, g, request
from nameko.exceptions import RemoteError

from gateway.card import CardView
from gateway.errors import Problem, remote_status
from gateway.keys import Principal
from gateway.requests_ctx import rpc

# which scope each card section needs; the card names the others in `restricted_sections`
SECTION_SCOPES = {
    "client": "clients:read",
    "alerts": "clients:read",
    "visits": "clients:read",
    "balance": "billing:read",
    "loyalty": "loyalty:read",
    "messages": "messages:read",
    "files": "files:read",
}
CLINICAL_NOTES = "notes:clinical"
MEDICAL_FILES = "files:medical"


def whole_chain(view):
    """Decorate a view that changes what every location shares (the loyalty program, message templates):
    a location-limited key gets 403."""

    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        if location_limited():
            raise Problem(
                403,
                "Forbidden",
                "Changing what the whole chain shares needs a key without a location limit",
                code="whole-chain-only",
            )
        return view(*args, **kwargs)

    return wrapper


def principal() -> Principal:
    return g.principal


def may(scope: str) -> bool:
    return principal().has(scope)


def location_limited() -> bool:
    return principal().location_ids is not None


def may_see_locations(location_ids: Iterable[str | None]) -> bool:
    return may_see_locations_of(principal(), location_ids)


def check_location(location_id) -> None:
    """A location a request names (a body or query field) must be one of a limited key's own: 403."""
    if location_id is not None and not may_see_locations([location_id]):
        raise Problem(403, "Forbidden", "This API key is limited to other locations", code="location-forbidden")


def hidden(title: str, value) -> Problem:
    """The 404 of a resource that does not exist, word for word: a hidden one reveals nothing more."""
    return Problem(404, title, f"No {title.split()[0].lower()} {value}", code=title.lower().replace(" ", "-"))


def client_visible(lease, client_id) -> bool:
    """Whether the key may see this client: its home, a visit's or an invoice's location is one of the key's."""
    if not location_limited():
        return True
    try:
        facts = lease.call("profile", "get_client_access", str(client_id))
    except RemoteError as error:
        if remote_status(error) == 404:  # profile hides it from this key too, or it does not exist
            return False
        raise
    return may_see_locations(facts["location_ids"])


def require_visible_client(lease, client_id) -> None:
    """404 (word for word as for an unknown client) unless the key may see this client."""
    if not client_visible(lease, client_id):
        raise hidden("Client not found", client_id)


def checks_client_itself(view_class):
    """Marks a MethodView that decides a limited key's sight of its `client_id` from data it reads
    anyway, by `require_visible_locations`: the card does so from its read model, without an RPC."""
    view_class.checks_client_itself = True
    return view_class


def require_visible_locations(client_id, location_ids: Iterable[str | None] | None) -> None:
    """In a `checks_client_itself` view: 404 unless the key may see a client linked to these locations
    (None: not known to the caller, so profile is asked)."""
    if not location_limited():
        return
    if location_ids is None:
        with rpc() as lease:
            require_visible_client(lease, client_id)
    elif not may_see_locations(location_ids):
        raise hidden("Client not found", client_id)


def card_view() -> CardView:
    """What this key may see of a card (card.compose names the other sections restricted)."""
    return card_view_of(principal())


def card_view_of(key: Principal) -> CardView:
    allowed = frozenset(section for section, scope in SECTION_SCOPES.items() if key.has(scope))
    return CardView(allowed, clinical_notes=key.has(CLINICAL_NOTES), medical_files=key.has(MEDICAL_FILES))


def may_see_locations_of(key: Principal, location_ids: Iterable[str | None]) -> bool:
    """A client linked to none of the key's locations is seen only by keys without a location limit."""
    return key.location_ids is None or any(str(x) in key.location_ids for x in location_ids if x)


def note_visible(note: dict) -> bool:
    return note.get("kind") != "clinical" or may(CLINICAL_NOTES)


def file_visible(record: dict) -> bool:
    return record.get("kind") != "medical" or may(MEDICAL_FILES)


def require_visible_file(record: dict) -> dict:
    """A medical file is not found for a key without `files:medical`."""
    if not file_visible(record):
        raise hidden("File not found", record.get("id"))
    return record


# --- path parameters: how each one leads to the client whose visibility decides


@dataclass(frozen=True)
class Owner:
    title: str  # the resource's own 404 title
    client_of: Callable  # (lease, value) -> the owning client's id, or None


def _owner_via(service: str, method: str, field: str = "client_id") -> Callable:
    return lambda lease, value: lease.call(service, method, value)[field]


PATH_OWNERS: dict[str, Owner] = {
    "client_id": Owner("Client not found", lambda lease, value: value),
    "note_id": Owner("Note not found", _owner_via("profile", "get_note_owner")),
    "visit_id": Owner("Visit not found", _owner_via("profile", "get_visit_owner")),
    "merge_id": Owner("Merge not found", _owner_via("profile", "get_merge_owner")),
    "invoice_id": Owner("Invoice not found", _owner_via("billing", "get_invoice")),
    "card_on_file_id": Owner("Card not found", _owner_via("billing", "get_card")),
    "card_id": Owner("Card not found", _owner_via("loyalty", "get_card")),
    "code": Owner("Gift card not found", _owner_via("loyalty", "get_gift_card")),
    "file_id": Owner("File not found", _owner_via("files", "get_file")),
    "erasure_id": Owner("Erasure not found", _owner_via("profile", "get_erasure")),
    "consent_id": Owner("Consent not found", _owner_via("files", "get_consent_owner")),
    "upload_id": Owner("Upload not found", _owner_via("files", "get_upload_owner")),
}
# parameters that name something the whole chain shares, or that have a check of their own below
CHAIN_WIDE = {
    "key": "custom field",
    "key_id": "api key (admin only)",
    "import_id": "import",
    "location_id": "location",
    "template_id": "consent template",
    "webhook_id": "webhook (its view answers 404 for another location's)",
    "campaign_id": "campaign (a segment of the chain)",
    "provider": "provider callback (public, signed)",
    "token": "unsubscribe link (public, signed)",
}


def _check_location_param(lease, value) -> None:
    """Another location than a limited key's own is not found."""
    try:
        canonical = str(uuid.UUID(str(value)))  # the key's ids are canonical; the URL may not be
    except ValueError:
        canonical = None
    if canonical is None or not may_see_locations([canonical]):
        raise hidden("Location not found", value)


def _check_import_param(lease, value) -> None:
    """profile answers only imports made within the caller's locations (404 otherwise)."""
    lease.call("profile", "get_import_owner", value)


PARAM_CHECKS: dict[str, Callable] = {"location_id": _check_location_param, "import_id": _check_import_param}


WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def guard_request() -> None:
    """before_request: a location-limited key reaches only resources of clients (and locations) it may see.

    The clients that own the path's resources are kept in `g.path_clients`: a write drops their
    cached cards once it has answered (card_freshness), whoever the key is.
    """
    g.path_clients = set()
    limited = getattr(g, "principal", None) is not None and location_limited()
    if not request.view_args or not (limited or request.method in WRITES):
        return
    view = current_app.view_functions.get(request.endpoint)
    checks_itself = getattr(getattr(view, "view_class", None), "checks_client_itself", False)
    with rpc() as lease:
        for name, value in request.view_args.items():
            if name == "client_id" and checks_itself and request.method not in WRITES:
                continue  # the view itself calls require_visible_locations
            if name in PARAM_CHECKS:
                if limited:
                    PARAM_CHECKS[name](lease, value)
                continue
            if name in CHAIN_WIDE:
                continue  # a custom field's key, an API key (admin only): no client behind it
            owner = PATH_OWNERS[name]
            try:
                client_id = owner.client_of(lease, value)  # an unknown resource: the service's own 404
            except RemoteError as error:
                if limited or remote_status(error) != 404:
                    raise
                continue  # gone already (an idempotent replay of a delete): the view answers for itself
            # a limited key sees nothing that belongs to no client, nor to a client it may not see
            if limited and (client_id is None or not client_visible(lease, client_id)):
                raise hidden(owner.title, value)
            if client_id is not None:
                g.path_clients.add(str(client_id))


def check_every_route_is_guarded(app: Flask) -> None:
    """Start-up check: every path parameter of every route is one this policy knows."""
    known = set(PATH_OWNERS) | set(CHAIN_WIDE)
    unknown = {
        f"{rule.rule} <{argument}>"
        for rule in app.url_map.iter_rules()
        for argument in rule.arguments
        if argument not in known and not rule.rule.startswith(("/static", "/api/v1/docs"))
    }
    if unknown:
        raise RuntimeError(f"access policy: no owner rule for path parameters {sorted(unknown)}")
