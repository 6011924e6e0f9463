"""`GET /clients/{id}/timeline`: one feed across services, merged on (at, id) from each service's page."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from gateway import sensitive_reads, timeline_merge
from gateway.access import may
from gateway.auth import requires
from gateway.requests_ctx import rpc
from gateway.schemas.timeline import TimelineArgs, TimelineSchema

blp = Blueprint("timeline", __name__, url_prefix="/api/v1/clients", description="The client's timeline")

# which service serves each kind, and the scopes a key needs to see it (as for the card's sections)
SOURCES: dict[str, dict[str, str | tuple[str, ...]]] = {
    "profile": {"visit": "clients:read", "note": "clients:read", "merge": "clients:read"},
    "billing": {"invoice": "billing:read", "payment": "billing:read", "refund": "billing:read", "top_up": "billing:read"},
    "loyalty": {"points": "loyalty:read", "gift_card": "loyalty:read", "membership": "loyalty:read", "credits": "loyalty:read"},
    "messaging": {"message": "messages:read", "call": "messages:read"},
    # signed consents are health records: the card shows them only to keys with files:medical too
    "files": {"file": "files:read", "consent": ("files:read", "files:medical")},
}


def _link(item: dict, client_id: str) -> str | None:
    """The API path that shows the item (its own resource where one exists, else the client's list)."""
    data, source_id = item.get("data") or {}, item["id"]
    match item["kind"]:
        case "invoice":
            return f"/api/v1/invoices/{source_id}"
        case "payment" | "refund":
            return f"/api/v1/invoices/{data['invoice_id']}" if data.get("invoice_id") else None
        case "top_up":
            return f"/api/v1/clients/{client_id}/balance"
        case "points" | "gift_card" | "membership" | "credits":
            return f"/api/v1/loyalty-cards/{data['card_id']}" if data.get("card_id") else None
        case "message":
            return f"/api/v1/clients/{client_id}/messages"
        case "call":
            return f"/api/v1/clients/{client_id}/calls"
        case "file":
            return f"/api/v1/files/{source_id}"
        case "consent":
            return f"/api/v1/consents/{data['consent_id']}" if data.get("consent_id") else None
        case "visit":
            return f"/api/v1/clients/{client_id}/visits"
        case "note":
            return f"/api/v1/clients/{client_id}/notes"
        case "merge":
            return f"/api/v1/clients/{client_id}/duplicates"
    return None


def _public(item: dict, client_id: str) -> dict:
    # a consent's withdrawal is an item of its own, whose source is the consent
    source_id = (item.get("data") or {}).get("consent_id") or item["id"]
    return {
        "id": item["id"],
        "kind": item["kind"],
        "at": item["at"],
        "summary": item["summary"],
        "source": {"service": item["service"], "id": source_id},
        "link": _link(item, client_id),
    }


def _wanted(asked: list[str] | None) -> tuple[dict[str, list[str]], list[str]]:
    """(kinds to ask each service for, kinds the key may not see) for the kinds asked (None: every kind)."""
    wanted, restricted = {}, []
    for service, kinds in SOURCES.items():
        for kind, scope in kinds.items():
            if asked is not None and kind not in asked:
                continue
            if all(may(each) for each in ((scope,) if isinstance(scope, str) else scope)):
                wanted.setdefault(service, []).append(kind)
            else:
                restricted.append(kind)
    return wanted, restricted


def _ids(items: list[dict], kind: str, inner_kind: str) -> list[str]:
    return [item["id"] for item in items if item["kind"] == kind and (item.get("data") or {}).get("kind") == inner_kind]


def _record_sensitive(client_id: str, items: list[dict]) -> None:
    """Clinical notes, medical files and signed consents served in the feed are reads like any other (sensitive_reads)."""
    sensitive_reads.record(client_id, sensitive_reads.CLINICAL_NOTE, _ids(items, "note", "clinical"))
    consents = [item["data"]["file_id"] for item in items if item["kind"] == "consent" and item["data"].get("file_id")]
    sensitive_reads.record(client_id, sensitive_reads.MEDICAL_FILE, _ids(items, "file", "medical") + consents)


@blp.route("/<client_id>/timeline")
class Timeline(MethodView):
    @requires("clients:read")
    @blp.arguments(TimelineArgs, location="query")
    @blp.response(200, TimelineSchema)
    def get(self, args, client_id):
        """Visits, invoices, payments, refunds, top-ups, loyalty, messages, files, consents signed and withdrawn,
        notes and merges, newest first.

        Each kind needs the scope of its card section (billing kinds `billing:read`, messages
        `messages:read`, ...); clinical notes need `notes:clinical`, medical files and consents `files:medical`.
        Kinds the key may not see are named in `restricted_kinds`."""
        position = timeline_merge.decode(args["cursor"], set(SOURCES))
        wanted, restricted = _wanted(args.get("kind"))
        done = position.done if position else frozenset()
        asked = {service: kinds for service, kinds in wanted.items() if service not in done}
        limit, fetched = args["limit"], args["limit"] + 1
        before = [position.at, position.id] if position else None
        since = args["since"].isoformat() if args["since"] else None
        until = args["until"].isoformat() if args["until"] else None
        with rpc() as lease:
            # profile answers for the client (404 when unknown or hidden from this key) beside the pages
            known = lease.call_async("profile", "get_client", client_id)
            replies = {
                service: lease.call_async(service, "get_timeline", client_id, kinds, before, since, until, fetched)
                for service, kinds in asked.items()
            }
            lease.result(known)
            pages = {service: lease.result(reply) for service, reply in replies.items()}
        for service, page in pages.items():
            for item in page:
                item["service"] = service
        items, following = timeline_merge.merge(pages, limit, fetched, done)
        _record_sensitive(client_id, items)
        return {
            "items": [_public(item, client_id) for item in items],
            "next_cursor": timeline_merge.encode(following) if following else None,
            "restricted_kinds": restricted,
        }
