"""Billing's timeline reads one page of a client's history, however long it is: every kind is a keyset
index range (refunds carry their client, top-ups are copied to `top_ups` as they are posted)."""

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa

from clientcard_billing import contracts
from clientcard_billing.use_cases import balance, client_lifecycle, invoices, payments, refunds, timeline
from clientcard_kit.contracts import load
from clientcard_kit.testing.query_plans import rows_read

HISTORY = 3000  # of each kind: invoices (each with a payment and a refund) and top-ups
LIMIT = 51

SEED = """
INSERT INTO ledger_transactions (id, kind, created_at)
    SELECT md5(:key || 'top-up' || g)::uuid, 'top_up', now() - g * interval '1 hour' FROM generate_series(1, :n) g;
INSERT INTO ledger_entries (transaction_id, account, account_id, amount_minor, currency)
    SELECT md5(:key || 'top-up' || g)::uuid, leg.account, leg.account_id, leg.amount, 'GBP'
    FROM generate_series(1, :n) g,
         LATERAL (VALUES ('client_credit', (SELECT id FROM accounts WHERE client_id = CAST(:client AS uuid)), 100 + g),
                         ('cash', NULL::uuid, -100 - g)) AS leg (account, account_id, amount);
INSERT INTO invoices (id, client_id, currency, subtotal_minor, discount_percent, discount_minor, total_minor,
                      tax_rate_percent, tax_minor, paid_minor, refunded_minor, status, issued_at)
    SELECT md5(:key || 'invoice' || g)::uuid, CAST(:client AS uuid), 'GBP', 1000, 0, 0, 1000, 0, 0, 1000, 100, 'paid',
           now() - g * interval '1 hour' - interval '1 minute'
    FROM generate_series(1, :n) g;
INSERT INTO payments (id, invoice_id, payer_client_id, method, amount_minor, currency, transaction_id, recorded_at)
    SELECT md5(:key || 'payment' || g)::uuid, md5(:key || 'invoice' || g)::uuid, CAST(:client AS uuid), 'cash', 1000, 'GBP',
           md5(:key || 'top-up' || g)::uuid, now() - g * interval '1 hour' - interval '2 minutes'
    FROM generate_series(1, :n) g;
INSERT INTO refunds (id, payment_id, invoice_id, client_id, amount_minor, currency, destination, transaction_id,
                     created_at)
    SELECT gen_random_uuid(), md5(:key || 'payment' || g)::uuid, md5(:key || 'invoice' || g)::uuid, CAST(:client AS uuid),
           100, 'GBP', 'original', md5(:key || 'top-up' || g)::uuid, now() - g * interval '1 hour' - interval '3 minutes'
    FROM generate_series(1, :n) g;
ANALYZE;
"""


def seed_long_history(billing_engine, client_id: str) -> None:
    """HISTORY items of every kind, written by SQL (through the use cases it would take minutes)."""
    with billing_engine.begin() as conn:
        for statement in filter(str.strip, SEED.split(";")):
            conn.execute(sa.text(statement), {"client": client_id, "key": client_id, "n": HISTORY})


def test_a_page_deep_in_a_long_history_reads_one_page_of_each_kind(make_uow, builders, billing_engine):
    client_id = builders.open_client(make_uow)
    seed_long_history(billing_engine, client_id)
    first = timeline.timeline_page(make_uow(), client_id, None, None, None, None, LIMIT)
    with billing_engine.connect() as conn:  # half of the history lies after it
        deep = conn.execute(
            sa.text("SELECT issued_at, id FROM invoices WHERE client_id = :c ORDER BY issued_at DESC OFFSET :half LIMIT 1"),
            {"c": client_id, "half": HISTORY // 2},
        ).one()

    read = rows_read(
        billing_engine,
        lambda: timeline.timeline_page(
            make_uow(), client_id, None, [deep.issued_at.isoformat(), str(deep.id)], None, None, LIMIT
        ),
    )

    assert {item["kind"] for item in first} == {"invoice", "payment", "refund", "top_up"}
    for table in ("invoices", "payments", "refunds", "top_ups"):
        assert 0 < read[table] <= LIMIT + 1, (table, read)  # not the client's HISTORY rows
    assert not {"ledger_entries", "ledger_transactions"} & set(read), read


def merged_event(merge: dict) -> dict:
    envelope = {"event_id": str(uuid.uuid4()), "occurred_at": datetime.now(UTC).isoformat(), "version": 1}
    return load(contracts.ClientMergedEvent(), {**envelope, **merge})


def test_a_top_up_shows_as_it_is_posted_and_a_refund_moves_with_its_invoice_in_a_merge(make_uow, builders):
    gbp, ctx = builders.gbp, builders.context()
    survivor, duplicate = builders.open_client(make_uow), builders.open_client(make_uow)
    topped = balance.top_up(make_uow(), duplicate, load(contracts.TopUpInput(), {"amount": gbp(700), "method": "card"}), ctx)
    invoice = invoices.create_invoice(
        make_uow(),
        duplicate,
        load(contracts.InvoiceInput(), {"lines": [builders.service_line(2000)], "discount_percent": 0}),
        ctx,
    )
    payments.record_payment(
        make_uow(), invoice["id"], load(contracts.PaymentInput(), {"amount": gbp(2000), "method": "cash"}), ctx
    )
    refunds.issue_refund(
        make_uow(), invoice["id"], load(contracts.RefundInput(), {"amount": gbp(500), "to": "original", "reason": "redo"}), ctx
    )

    def items(client_id, kind):
        return [
            (item["id"], item["summary"]) for item in timeline.timeline_page(make_uow(), client_id, [kind], None, None, None, 10)
        ]

    assert items(duplicate, "top_up") == [(topped["transaction_id"], "Top-up of 7.00 GBP")]
    refund = items(duplicate, "refund")
    assert [summary for _, summary in refund] == ["Refund of 5.00 GBP to original"]

    merge = {"merge_id": str(uuid.uuid4()), "client_id": survivor, "source_id": duplicate}
    client_lifecycle.merge_clients(make_uow(), merged_event(merge), ctx)
    assert (items(survivor, "refund"), items(duplicate, "refund")) == (refund, [])

    client_lifecycle.undo_merge(make_uow(), merged_event(merge), ctx)
    assert (items(survivor, "refund"), items(duplicate, "refund")) == ([], refund)
