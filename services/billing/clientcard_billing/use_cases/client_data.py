"""A client's billing data for export (GDPR); erasure is a lifecycle event, in client_lifecycle."""

from __future__ import annotations

from clientcard_billing import contracts
from clientcard_billing.db.uow import BillingUnitOfWork
from clientcard_billing.use_cases.balance import get_balance
from clientcard_billing.use_cases.support import BillingContext, parse_uuid


def export_client_data(uow: BillingUnitOfWork, client_id: str, ctx: BillingContext) -> dict:
    """Everything billing holds on a client: balance with every entry, invoices, cards (tokens masked)."""
    client_uuid = parse_uuid(client_id)
    with uow:
        if uow.accounts.for_client(client_uuid) is None:
            return {"account": None, "invoices": [], "cards": []}
        invoices = uow.invoices.for_client(client_uuid, limit=10_000)
        cards = [{**contracts.card_view(card), "token": "***"} for card in uow.cards.for_client(client_uuid)]
        views = [contracts.invoice_view(invoice) for invoice in invoices]
    return {"account": get_balance(uow, client_id, ctx, limit=10_000), "invoices": views, "cards": cards}
