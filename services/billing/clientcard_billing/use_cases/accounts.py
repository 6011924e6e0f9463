"""Opening accounts, the billing sections of the card, and a client's data for export."""
from __future__ import annotations

from clientcard_billing import contracts
from clientcard_billing.db.uow import BillingUnitOfWork
from clientcard_billing.use_cases.balance import get_balance
from clientcard_billing.use_cases.cards import card_view
from clientcard_billing.use_cases.invoices import invoice_view
from clientcard_billing.use_cases.support import BillingContext, balance_of, balance_view, parse_uuid


def open_account_for_new_client(uow: BillingUnitOfWork, event: dict, *, currency: str) -> None:
    """Open the new client's account, once, however often `client_created` is delivered."""
    with uow:
        if not uow.inbox.claim(event["event_id"], handler="open_account_for_new_client"):
            return
        if uow.accounts.open(event["client_id"], currency):
            uow.outbox.add("account_opened", contracts.account_opened(event["client_id"], currency))
        uow.commit()


def card_section(uow: BillingUnitOfWork, client_id: str, *, currency: str) -> dict:
    """Balance and totals for the card (totals net of refunds); an unknown client has an empty account."""
    client_uuid = parse_uuid(client_id)
    with uow:
        account = uow.accounts.for_client(client_uuid)
        currency = account.currency if account else currency
        zero = contracts.money(0, currency)
        if account is None:
            return {
                "balance": {"balance": zero, "credit": zero, "outstanding": zero, "account_open": False},
                "summary": {"total_spent": zero, "total_paid": zero},
            }
        totals = uow.statistics.invoice_totals(client_uuid, None, None)
        return {
            "balance": {**balance_view(balance_of(uow, account), currency), "account_open": True},
            "summary": {
                "total_spent": contracts.money(totals["sales"] - totals["refunded"], currency),
                "total_paid": contracts.money(uow.statistics.paid(client_uuid, None, None), currency),
            },
        }


def export_client_data(uow: BillingUnitOfWork, client_id: str, ctx: BillingContext) -> dict:
    """Everything billing holds on a client: balance with every entry, invoices, cards (tokens masked)."""
    client_uuid = parse_uuid(client_id)
    with uow:
        if uow.accounts.for_client(client_uuid) is None:
            return {"account": None, "invoices": [], "cards": []}
        invoices = uow.invoices.for_client(client_uuid, limit=10_000)
        cards = [{**card_view(card), "token": "***"} for card in uow.cards.for_client(client_uuid)]
        views = [invoice_view(invoice) for invoice in invoices]
    return {"account": get_balance(uow, client_id, ctx, limit=10_000), "invoices": views, "cards": cards}
