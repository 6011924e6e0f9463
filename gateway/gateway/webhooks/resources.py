"""An event's `data`: its resource as the API shows it at that moment, read by RPC and dumped through
the very schema of the API's own view of it."""

from __future__ import annotations

from gateway.schemas.balance import BalanceSchema
from gateway.schemas.clients import ClientSchema
from gateway.schemas.files import FileSchema
from gateway.schemas.invoices import InvoiceSchema
from gateway.schemas.loyalty import LoyaltyCardSchema, LoyaltySchema
from gateway.schemas.messages import MessageSchema
from gateway.schemas.visits import VisitSchema
from gateway.webhooks.catalogue import ApiEvent

SCHEMAS = {
    "client": ClientSchema,
    "visit": VisitSchema,
    "invoice": InvoiceSchema,
    "balance": BalanceSchema,
    "loyalty": LoyaltySchema,
    "loyalty_card": LoyaltyCardSchema,
    "message": MessageSchema,
    "file": FileSchema,
}


def read(lease, event: ApiEvent) -> dict | None:
    """The resource, or None when the event has none or it is no longer there (the caller falls back
    to the event's facts). RemoteErrors other than the caller's 404 propagate."""
    resource = event.resource
    if resource is None or not event.facts.get(resource.arg):
        return None
    found = lease.call(resource.service, resource.method, str(event.facts[resource.arg]), *resource.extra)
    if resource.find:
        wanted = str(event.facts.get(resource.find))
        found = next((item for item in found.get("items", ()) if str(item.get("id")) == wanted), None)
        if found is None:
            return None
    data = SCHEMAS[resource.schema]().dump(found)
    return _as_answered(event, data)


def _as_answered(event: ApiEvent, data: dict) -> dict:
    """What the write's own answer adds (the payment just recorded, the refunds just issued), and whose it is."""
    facts = event.facts
    if event.type == "payment.recorded":
        data["payment"] = {
            "id": facts.get("payment_id"),
            "method": facts.get("method"),
            "amount": {"amount": facts.get("amount_minor"), "currency": facts.get("currency")},
        }
    elif event.type == "refund.issued":
        data["refunds_issued"] = [facts.get("refund_id")]
    data.pop("download_url", None)  # a five-minute link would be stale in the feed
    if event.client_id and not event.type.startswith("client.") and "client_id" not in data:
        data["client_id"] = event.client_id  # a client's loyalty or balance says whose it is
    return data
