"""Invoices: issuing one (lines, discounts, tax-inclusive totals), reading them, voiding one."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from clientcard_billing import contracts
from clientcard_billing.db.models import Invoice, InvoiceLine
from clientcard_billing.db.uow import BillingUnitOfWork
from clientcard_billing.domain import due_dates, ledger
from clientcard_billing.domain import invoices as rules
from clientcard_billing.exceptions import BillingInvalid, InvoiceNotFound, UnknownLocation
from clientcard_billing.use_cases.support import (
    BillingContext,
    announce_balance,
    check_currency,
    idempotent_start,
    lock_accounts,
    parse_uuid,
    require_account,
)
from clientcard_kit import cursors


def _priced_lines(lines: list[dict], currency: str) -> list[rules.PricedLine]:
    priced = []
    for index, line in enumerate(lines):
        field = f"lines.{index}.unit_price"
        check_currency(line["unit_price"], currency, field=field)
        if line["unit_price"]["amount"] < 0:
            raise BillingInvalid("Prices are not negative", errors={field: ["must not be negative"]})
        priced.append(
            rules.price_line(
                line["description"],
                line["kind"],
                line["quantity"],
                line["unit_price"]["amount"],
                line["discount_percent"],
                line["staff"],
            )
        )
    return priced


def create_invoice(
    uow: BillingUnitOfWork,
    client_id: str,
    new_invoice: dict,
    ctx: BillingContext,
    *,
    idempotency_key: str | None = None,
    request_hash: str | None = None,
) -> dict:
    """Issue an invoice; the client's personal discount (from profile) applies unless one is given.

    Raises ClientAccountNotFound (404), BillingInvalid / UnknownLocation / CurrencyMismatch (422),
    IdempotencyKeyReused (409).
    """
    client_uuid = parse_uuid(client_id)
    with uow:
        replayed = idempotent_start(uow, idempotency_key, "create_invoice", request_hash)
        if replayed is not None:
            return replayed
        if new_invoice["location_id"] is not None and not uow.locations.known(new_invoice["location_id"]):
            raise UnknownLocation("No such location", errors={"location_id": ["unknown location"]})
        discount = new_invoice["discount_percent"]
        if discount is None:
            discount = Decimal(str(ctx.profile.get_client(str(client_uuid)).get("discount_percent") or 0))
        account = lock_accounts(uow, [require_account(uow, client_uuid, ctx).client_id])[client_uuid]
        lines = _priced_lines(new_invoice["lines"], account.currency)
        totals = rules.totals(lines, discount, ctx.tax_rate_percent)
        due_on = due_dates.due_date(ctx.now.date(), ctx.invoice_due_days, new_invoice["due_on"])
        invoice = uow.invoices.add(_new_invoice(client_uuid, new_invoice, account.currency, lines, totals, ctx.now, due_on))
        if totals.total_minor:
            transaction_id = uow.ledger.post(
                "invoice",
                ledger.invoice_issued(account.id, totals.total_minor, account.currency),
                invoice_id=invoice.id,
                actor_id=ctx.actor_id,
            )
            announce_balance(uow, account, transaction_id)
        uow.outbox.add("invoice_issued", contracts.invoice_issued(invoice))
        uow.session.refresh(invoice)
        result = contracts.invoice_view(invoice)
        uow.idempotency.save(idempotency_key, "create_invoice", request_hash, result)
        uow.commit()
    return result


def _new_invoice(client_id, data, currency, lines, totals, now: datetime, due_on: date) -> Invoice:
    return Invoice(
        id=uuid.uuid4(),
        client_id=client_id,
        location_id=data["location_id"],
        visit_id=data["visit_id"],
        currency=currency,
        subtotal_minor=totals.subtotal_minor,
        discount_percent=totals.discount_percent,
        discount_minor=totals.discount_minor,
        total_minor=totals.total_minor,
        tax_rate_percent=totals.tax_rate_percent,
        tax_minor=totals.tax_minor,
        paid_minor=0,
        refunded_minor=0,
        status=rules.status(total=totals.total_minor, paid=0, refunded=0, void=False),
        issued_at=now,
        due_on=due_on,
        lines=[
            InvoiceLine(
                position=i,
                description=line.description,
                kind=line.kind,
                quantity=line.quantity,
                unit_price_minor=line.unit_price_minor,
                discount_percent=line.discount_percent,
                discount_minor=line.discount_minor,
                total_minor=line.total_minor,
                staff=line.staff,
            )
            for i, line in enumerate(lines)
        ],
    )


def get_invoice(uow: BillingUnitOfWork, invoice_id: str) -> dict:
    """One invoice with its lines, payments and refunds. Raises InvoiceNotFound (404)."""
    with uow:
        invoice = uow.invoices.get(parse_uuid(invoice_id, InvoiceNotFound, "invoice"))
        if invoice is None:
            raise InvoiceNotFound(f"No invoice {invoice_id}")
        return contracts.invoice_view(invoice)


def list_invoices(uow: BillingUnitOfWork, client_id: str, *, limit: int = 50, cursor: str | None = None) -> dict:
    """The client's invoices, newest first, a page at a time."""
    client_uuid = parse_uuid(client_id)
    after = cursors.decode(cursor, datetime.fromisoformat, uuid.UUID)
    with uow:
        invoices = uow.invoices.for_client(client_uuid, limit=limit + 1, after=after)
        page = invoices[:limit]
        next_cursor = cursors.encode([page[-1].issued_at.isoformat(), str(page[-1].id)]) if len(invoices) > limit else None
        return {"items": [contracts.invoice_view(invoice) for invoice in page], "next_cursor": next_cursor}


def void_invoice(
    uow: BillingUnitOfWork,
    invoice_id: str,
    void_request: dict,
    ctx: BillingContext,
    *,
    idempotency_key: str | None = None,
    request_hash: str | None = None,
) -> dict:
    """Void an invoice with nothing paid on it (net of refunds); what was due is reversed in the ledger.

    Raises InvoiceNotFound (404), BillingInvalid (422), IdempotencyKeyReused (409).
    """
    invoice_uuid = parse_uuid(invoice_id, InvoiceNotFound, "invoice")
    with uow:
        replayed = idempotent_start(uow, idempotency_key, "void_invoice", request_hash)
        if replayed is not None:
            return replayed
        peek = uow.invoices.get(invoice_uuid)
        if peek is None:
            raise InvoiceNotFound(f"No invoice {invoice_id}")
        account = lock_accounts(uow, [peek.client_id])[peek.client_id]
        invoice = uow.invoices.get(invoice_uuid, lock=True)
        if invoice.client_id != account.client_id:  # a merge moved the invoice between the first read and the lock
            account = lock_accounts(uow, [invoice.client_id])[invoice.client_id]
        try:
            rules.check_void(paid=invoice.paid_minor, refunded=invoice.refunded_minor, invoice_status=invoice.status)
        except rules.InvoiceRuleBroken as error:
            raise BillingInvalid(str(error), errors={error.field: [str(error)]}) from error
        due = invoice.due_minor
        invoice.status, invoice.voided_at = "void", ctx.now
        if due:
            transaction_id = uow.ledger.post(
                "void",
                ledger.invoice_voided(account.id, due, invoice.currency),
                invoice_id=invoice.id,
                actor_id=ctx.actor_id,
                reason=void_request["reason"],
            )
            announce_balance(uow, account, transaction_id)
        uow.outbox.add("invoice_voided", contracts.invoice_voided(invoice))
        uow.flush()
        result = contracts.invoice_view(invoice)
        uow.idempotency.save(idempotency_key, "void_invoice", request_hash, result)
        uow.commit()
    return result
