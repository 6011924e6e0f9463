"""billing obeys profile's lifecycle events over a real broker: merges move the account and can be undone,
erasure keeps the books, locations are remembered."""

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from nameko.standalone.events import event_dispatcher
from nameko.testing.services import entrypoint_waiter

from clientcard_billing import contracts
from clientcard_billing.service import BillingService
from clientcard_billing.use_cases import balance, cards, invoices, payments
from clientcard_kit.contracts import load


def envelope(**fields):
    return {"event_id": str(uuid.uuid4()), "occurred_at": datetime.now(UTC).isoformat(), "version": 1, **fields}


def deliver(container, config, handler, event_type, payload, times=1):
    dispatch = event_dispatcher(config)
    for _ in range(times):
        with entrypoint_waiter(container, handler):
            dispatch("profile", event_type, payload)


def shown(make_uow, builders, client_id):
    view = balance.get_balance(make_uow(), client_id, builders.context(), limit=200)
    return view["credit"]["amount"], view["outstanding"]["amount"], len(view["entries"])


def test_a_merge_moves_credit_debt_and_invoices_to_the_survivor_and_its_undo_moves_them_back(
    container_factory, service_config, make_uow, builders
):
    container = container_factory(BillingService, service_config)
    container.start()
    gbp, ctx = builders.gbp, builders.context()
    survivor, duplicate = builders.open_client(make_uow), builders.open_client(make_uow)
    balance.top_up(make_uow(), survivor, load(contracts.TopUpInput(), {"amount": gbp(1000), "method": "cash"}), ctx)
    balance.top_up(make_uow(), duplicate, load(contracts.TopUpInput(), {"amount": gbp(700), "method": "card"}), ctx)
    invoice = invoices.create_invoice(
        make_uow(),
        duplicate,
        load(contracts.InvoiceInput(), {"lines": [builders.service_line(2000)], "discount_percent": 0}),
        ctx,
    )
    payments.record_payment(
        make_uow(), invoice["id"], load(contracts.PaymentInput(), {"amount": gbp(500), "method": "account_balance"}), ctx
    )
    cards.add_card(
        make_uow(),
        duplicate,
        load(contracts.CardInput(), {"token": "tok_x", "brand": "visa", "last4": "4242", "exp_month": 1, "exp_year": 2099}),
        ctx,
    )
    before = shown(make_uow, builders, duplicate)
    merge = {"merge_id": str(uuid.uuid4()), "client_id": survivor, "source_id": duplicate}

    deliver(container, service_config, "handle_client_merged", "client_merged", envelope(**merge), times=2)

    assert shown(make_uow, builders, survivor)[:2] == (1000 + 200, 1500)
    assert shown(make_uow, builders, duplicate)[:2] == (0, 0)
    assert invoices.get_invoice(make_uow(), invoice["id"])["client_id"] == survivor
    assert [c["last4"] for c in cards.list_cards(make_uow(), survivor)["items"]] == ["4242"]
    assert shown(make_uow, builders, duplicate)[2] > before[2]  # the move is new entries; none was rewritten

    deliver(container, service_config, "handle_client_merge_undone", "client_merge_undone", envelope(**merge), times=2)

    assert shown(make_uow, builders, survivor)[:2] == (1000, 0)
    assert shown(make_uow, builders, duplicate)[:2] == before[:2]
    assert invoices.get_invoice(make_uow(), invoice["id"])["client_id"] == duplicate
    assert cards.list_cards(make_uow(), survivor)["items"] == []


def test_erasure_drops_cards_and_reasons_but_keeps_every_amount(container_factory, service_config, make_uow, builders):
    container = container_factory(BillingService, service_config)
    container.start()
    ctx, client_id = builders.context(), builders.open_client(make_uow)
    balance.adjust(
        make_uow(), client_id, load(contracts.AdjustmentInput(), {"amount": builders.gbp(300), "reason": "sorry, Mrs Smith"}), ctx
    )
    cards.add_card(
        make_uow(),
        client_id,
        load(contracts.CardInput(), {"token": "tok_y", "brand": "visa", "last4": "1881", "exp_month": 1, "exp_year": 2099}),
        ctx,
    )

    deliver(container, service_config, "handle_client_erased", "client_erased", envelope(client_id=client_id))

    view = balance.get_balance(make_uow(), client_id, ctx)
    assert view["balance"]["amount"] == 300
    assert [e["reason"] for e in view["entries"]] == [None]
    assert cards.list_cards(make_uow(), client_id)["items"] == []


def test_locations_are_remembered_and_an_older_update_never_wins(container_factory, service_config, make_uow, billing_engine):
    container = container_factory(BillingService, service_config)
    container.start()
    location_id = str(uuid.uuid4())
    newer = envelope(location_id=location_id, name="Soho", active=True, occurred_at="2026-11-22T12:00:00+00:00")
    older = envelope(location_id=location_id, name="Old name", active=False, occurred_at="2026-11-22T11:00:00+00:00")

    deliver(container, service_config, "handle_location_created", "location_created", newer)
    deliver(container, service_config, "handle_location_updated", "location_updated", older)

    with billing_engine.connect() as conn:
        row = conn.execute(sa.text("SELECT name, active FROM known_locations WHERE id = :i"), {"i": location_id}).one()
    assert tuple(row) == ("Soho", True)
