"""Races on one invoice staged deterministically: a twin request commits between the moment a request
first reads the invoice and the moment it locks it. The locked read must see the twin's commit."""

import uuid

import pytest

from clientcard_billing import contracts
from clientcard_billing.exceptions import BillingInvalid, Overpayment
from clientcard_billing.use_cases import balance, client_lifecycle, invoices, payments, refunds
from clientcard_kit.contracts import load


@pytest.fixture
def sale(make_uow, builders):
    ctx = builders.context()
    client_id = builders.open_client(make_uow)
    invoice = invoices.create_invoice(
        make_uow(),
        client_id,
        load(contracts.InvoiceInput(), {"lines": [builders.service_line(1000)], "discount_percent": 0}),
        ctx,
    )
    return client_id, invoice["id"], ctx


def _commit_twin_before_locking(monkeypatch, module, twin):
    """The first lock_accounts in `module` runs `twin` to completion first (it holds no row locks yet)."""
    real = module.lock_accounts
    state = {"done": False}

    def lock_after_twin(uow, client_ids, **options):
        if not state["done"]:
            state["done"] = True
            twin()
        return real(uow, client_ids, **options)

    monkeypatch.setattr(module, "lock_accounts", lock_after_twin)


def _pay(make_uow, invoice_id, amount, ctx):
    return payments.record_payment(
        make_uow(),
        invoice_id,
        load(contracts.PaymentInput(), {"amount": {"amount": amount, "currency": "GBP"}, "method": "cash"}),
        ctx,
        idempotency_key=str(uuid.uuid4()),
        request_hash="h",
    )


def test_a_payment_racing_a_twin_payment_cannot_overpay_the_invoice(make_uow, sale, monkeypatch):
    client_id, invoice_id, ctx = sale
    _commit_twin_before_locking(monkeypatch, payments, lambda: _pay(make_uow, invoice_id, 1000, ctx))

    with pytest.raises(Overpayment):
        _pay(make_uow, invoice_id, 1000, ctx)

    invoice = invoices.get_invoice(make_uow(), invoice_id)
    assert invoice["paid"]["amount"] == 1000 and len(invoice["payments"]) == 1


def test_a_refund_racing_a_twin_refund_cannot_refund_more_than_was_paid(make_uow, sale, monkeypatch):
    client_id, invoice_id, ctx = sale
    _pay(make_uow, invoice_id, 1000, ctx)

    def refund():
        return refunds.issue_refund(
            make_uow(),
            invoice_id,
            load(contracts.RefundInput(), {"amount": {"amount": 1000, "currency": "GBP"}}),
            ctx,
            idempotency_key=str(uuid.uuid4()),
            request_hash="h",
        )

    _commit_twin_before_locking(monkeypatch, refunds, refund)

    with pytest.raises(BillingInvalid):
        refund()

    invoice = invoices.get_invoice(make_uow(), invoice_id)
    assert invoice["refunded"]["amount"] == 1000 and len(invoice["refunds"]) == 1


def test_a_void_racing_a_payment_cannot_void_the_paid_invoice(make_uow, sale, monkeypatch):
    client_id, invoice_id, ctx = sale
    _commit_twin_before_locking(monkeypatch, invoices, lambda: _pay(make_uow, invoice_id, 1000, ctx))

    with pytest.raises(BillingInvalid):
        invoices.void_invoice(
            make_uow(), invoice_id, load(contracts.VoidInput(), {}), ctx, idempotency_key=str(uuid.uuid4()), request_hash="h"
        )

    invoice = invoices.get_invoice(make_uow(), invoice_id)
    assert invoice["status"] == "paid" and invoice["paid"]["amount"] == 1000


def test_a_refund_racing_a_linked_clients_balance_payment_refunds_to_that_payer(make_uow, builders, monkeypatch):
    directory = builders.Directory()
    ctx = builders.context(directory)
    client_id, parent_id = builders.open_client(make_uow), builders.open_client(make_uow)
    directory.link(client_id, parent_id)
    balance.top_up(make_uow(), parent_id, load(contracts.TopUpInput(), {"amount": builders.gbp(500), "method": "cash"}), ctx)
    invoice_id = invoices.create_invoice(
        make_uow(),
        client_id,
        load(contracts.InvoiceInput(), {"lines": [builders.service_line(1000)], "discount_percent": 0}),
        ctx,
    )["id"]
    _pay(make_uow, invoice_id, 500, ctx)

    def parent_pays():
        payments.record_payment(
            make_uow(),
            invoice_id,
            load(
                contracts.PaymentInput(), {"amount": builders.gbp(500), "method": "account_balance", "payer_client_id": parent_id}
            ),
            ctx,
        )

    _commit_twin_before_locking(monkeypatch, refunds, parent_pays)

    refunds.issue_refund(make_uow(), invoice_id, load(contracts.RefundInput(), {"amount": builders.gbp(500)}), ctx)

    assert balance.get_balance(make_uow(), parent_id, ctx)["credit"]["amount"] == 500


def test_a_payment_racing_a_merge_of_the_invoices_client_settles_the_survivors_receivable(make_uow, builders, sale, monkeypatch):
    source_id, invoice_id, ctx = sale
    survivor_id = builders.open_client(make_uow)
    merge = {
        "event_id": str(uuid.uuid4()),
        "merge_id": str(uuid.uuid4()),
        "client_id": uuid.UUID(survivor_id),
        "source_id": uuid.UUID(source_id),
    }
    _commit_twin_before_locking(monkeypatch, payments, lambda: client_lifecycle.merge_clients(make_uow(), merge, ctx))

    _pay(make_uow, invoice_id, 1000, ctx)

    assert balance.get_balance(make_uow(), survivor_id, ctx)["outstanding"]["amount"] == 0
    assert balance.get_balance(make_uow(), source_id, ctx)["balance"]["amount"] == 0
