"""Invoices fall due, and an owed invoice past its due date is announced as `invoice_overdue` exactly once,
through the outbox, however often (or concurrently) the periodic job runs."""

import uuid
from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa

from clientcard_billing import contracts
from clientcard_billing.use_cases import invoices, overdue, payments
from clientcard_kit.contracts import load
from clientcard_kit.tables import outbox_events

NOW = datetime.now(UTC)
TODAY = NOW.date()


def _invoice(make_uow, builders, client_id, ctx, due_on: date | None, price: int = 1000) -> dict:
    data = {"lines": [builders.service_line(price)], "discount_percent": 0}
    if due_on is not None:
        data["due_on"] = due_on.isoformat()
    return invoices.create_invoice(make_uow(), client_id, load(contracts.InvoiceInput(), data), ctx)


def _pay(make_uow, builders, invoice_id: str, amount: int, ctx) -> None:
    payments.record_payment(
        make_uow(), invoice_id, load(contracts.PaymentInput(), {"amount": builders.gbp(amount), "method": "cash"}), ctx
    )


def _announced(billing_engine, invoice_ids) -> list[dict]:
    with billing_engine.connect() as conn:
        payloads = conn.scalars(sa.select(outbox_events.c.payload).where(outbox_events.c.event_type == "invoice_overdue")).all()
    return [payload for payload in payloads if payload["invoice_id"] in invoice_ids]


def test_an_invoice_falls_due_after_the_payment_days_unless_it_names_its_date(make_uow, builders):
    client_id = builders.open_client(make_uow)
    ctx = builders.context()

    default = _invoice(make_uow, builders, client_id, ctx, None)
    named = _invoice(make_uow, builders, client_id, ctx, date(2031, 1, 31))

    assert default["due_on"] == (ctx.now.date() + timedelta(days=ctx.invoice_due_days)).isoformat()
    assert named["due_on"] == "2031-01-31"
    assert invoices.get_invoice(make_uow(), named["id"])["due_on"] == "2031-01-31"


def test_only_owed_invoices_past_their_due_date_are_announced_and_each_once(make_uow, builders, billing_engine):
    client_id = builders.open_client(make_uow)
    ctx = builders.context()
    yesterday = TODAY - timedelta(days=1)
    unpaid = _invoice(make_uow, builders, client_id, ctx, yesterday)
    partly_paid = _invoice(make_uow, builders, client_id, ctx, yesterday)
    _pay(make_uow, builders, partly_paid["id"], 400, ctx)
    paid = _invoice(make_uow, builders, client_id, ctx, yesterday)
    _pay(make_uow, builders, paid["id"], 1000, ctx)
    voided = _invoice(make_uow, builders, client_id, ctx, yesterday)
    invoices.void_invoice(make_uow(), voided["id"], load(contracts.VoidInput(), {"reason": "mistake"}), ctx)
    due_today = _invoice(make_uow, builders, client_id, ctx, TODAY)
    ours = {i["id"] for i in (unpaid, partly_paid, paid, voided, due_today)}

    for _ in range(3):
        overdue.announce_overdue_invoices(make_uow(), now=NOW)

    events = sorted(_announced(billing_engine, ours), key=lambda event: event["due_minor"])
    assert [(e["invoice_id"], e["due_minor"]) for e in events] == [(partly_paid["id"], 600), (unpaid["id"], 1000)]
    assert {(e["client_id"], e["due_on"], e["currency"]) for e in events} == {(client_id, yesterday.isoformat(), "GBP")}

    # the next day the invoice due today is overdue too; the others are not announced again
    overdue.announce_overdue_invoices(make_uow(), now=NOW + timedelta(days=1))
    assert {e["invoice_id"] for e in _announced(billing_engine, ours)} == {unpaid["id"], partly_paid["id"], due_today["id"]}
    assert len(_announced(billing_engine, ours)) == 3


def test_an_invoice_another_run_holds_is_skipped_then_announced_once(make_uow, builders, billing_engine):
    client_id = builders.open_client(make_uow)
    ctx = builders.context()
    held, free = (_invoice(make_uow, builders, client_id, ctx, TODAY - timedelta(days=3)) for _ in range(2))

    with billing_engine.connect() as other_run:  # a concurrent run that has locked `held` and not committed yet
        other_run.execute(sa.text("SELECT 1 FROM invoices WHERE id = :id FOR UPDATE"), {"id": uuid.UUID(held["id"])})
        overdue.announce_overdue_invoices(make_uow(), now=NOW)
        assert [e["invoice_id"] for e in _announced(billing_engine, {held["id"], free["id"]})] == [free["id"]]
        other_run.rollback()

    overdue.announce_overdue_invoices(make_uow(), now=NOW)
    overdue.announce_overdue_invoices(make_uow(), now=NOW)
    assert sorted(e["invoice_id"] for e in _announced(billing_engine, {held["id"], free["id"]})) == sorted(
        [held["id"], free["id"]]
    )
