"""Migration 0008 expands only: the previous release, which knows neither `refunds.client_id` nor `top_ups`,
keeps writing rows the new timeline reads whole while a rolling update runs both versions."""

import uuid

import sqlalchemy as sa

# the rows the previous release writes for a top-up and for a refund of a paid invoice (no client_id, no top_ups)
PREVIOUS_RELEASE_WRITES = """
INSERT INTO ledger_transactions (id, kind, created_at) VALUES (:top_up, 'top_up', now()), (:paid, 'payment', now());
INSERT INTO ledger_entries (transaction_id, account, account_id, amount_minor, currency)
    VALUES (:top_up, 'client_credit', :account, 700, 'GBP'), (:top_up, 'cash', NULL, -700, 'GBP'),
           (:paid, 'client_receivable', :account, 1000, 'GBP'), (:paid, 'cash', NULL, -1000, 'GBP');
INSERT INTO invoices (id, client_id, currency, subtotal_minor, discount_percent, discount_minor, total_minor,
                      tax_rate_percent, tax_minor, paid_minor, refunded_minor, status, issued_at)
    VALUES (:invoice, :client, 'GBP', 1000, 0, 0, 1000, 0, 0, 1000, 100, 'paid', now());
INSERT INTO payments (id, invoice_id, payer_client_id, method, amount_minor, currency, transaction_id, recorded_at)
    VALUES (:payment, :invoice, :client, 'cash', 1000, 'GBP', :paid, now());
INSERT INTO refunds (id, payment_id, invoice_id, amount_minor, currency, destination, transaction_id, created_at)
    VALUES (:refund, :payment, :invoice, 100, 'GBP', 'original', :paid, now())
"""


def test_the_previous_releases_top_ups_and_refunds_are_complete_for_the_timeline(make_uow, builders, billing_engine):
    client_id = builders.open_client(make_uow)
    ids = {name: str(uuid.uuid4()) for name in ("top_up", "paid", "invoice", "payment", "refund")}
    with billing_engine.begin() as conn:
        account = conn.execute(sa.text("SELECT id FROM accounts WHERE client_id = :c"), {"c": client_id}).scalar_one()
        for statement in PREVIOUS_RELEASE_WRITES.split(";"):
            conn.execute(sa.text(statement), {**ids, "client": client_id, "account": account})

    with billing_engine.connect() as conn:
        refund_client = conn.execute(
            sa.text("SELECT client_id::text FROM refunds WHERE id = :r"), {"r": ids["refund"]}
        ).scalar_one()
        top_ups = conn.execute(
            sa.text("SELECT account_id, amount_minor FROM top_ups WHERE transaction_id = :t"), {"t": ids["top_up"]}
        ).all()
    assert refund_client == client_id
    assert [tuple(row) for row in top_ups] == [(account, 700)]
