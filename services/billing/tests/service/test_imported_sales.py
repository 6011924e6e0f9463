"""Imported visit history: each priced visit counts once in the client's figures, and moves no balance."""

import uuid
from datetime import UTC, datetime, timedelta

from nameko.standalone.events import event_dispatcher
from nameko.testing.services import entrypoint_waiter

from clientcard_billing import contracts
from clientcard_billing.service import BillingService
from clientcard_billing.use_cases import card, client_lifecycle, imported_sales, invoices, statistics
from clientcard_billing.use_cases.balance import get_balance
from clientcard_kit.contracts import load

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def _batch(client_id, visits, *, at=T0, import_id=None):
    """An `import_batch_accepted` of a visits import, as the handler receives it (loaded: a datetime)."""
    return {
        "event_id": uuid.uuid4(),
        "occurred_at": at,
        "import_id": import_id or str(uuid.uuid4()),
        "rows": [
            {
                "external_id": external_id,
                "client_id": client_id,
                "new": [],
                "parts": {
                    "sale": {
                        "visit_id": str(uuid.uuid4()),
                        "starts_at": starts_at,
                        "status": status,
                        "amount_minor": amount,
                        "currency": "GBP",
                        "service": service,
                        "staff": "Sam",
                        "location_id": None,
                    }
                },
            }
            for external_id, starts_at, status, amount, service in visits
        ],
    }


def _figures(make_uow, builders, client_id):
    return statistics.statistics(make_uow(), client_id, builders.context())


def test_priced_visits_count_once_in_the_card_and_statistics_and_move_no_balance(make_uow, builders):
    client_id = builders.open_client(make_uow)
    tag = uuid.uuid4().hex[:8]
    visits = [
        (f"V1-{tag}", "2024-01-10T10:00:00+00:00", "completed", 3000, "Cut"),
        (f"V2-{tag}", "2024-02-10T10:00:00+00:00", "completed", 4550, "Colour"),
        (f"V3-{tag}", "2024-02-20T10:00:00+00:00", "no_show", 2000, "Cut"),
    ]
    batch = _batch(client_id, visits)
    invoice = invoices.create_invoice(
        make_uow(),
        client_id,
        load(contracts.InvoiceInput(), {"lines": [builders.service_line(1000)], "discount_percent": 0}),
        builders.context(),
    )

    assert imported_sales.record_imported_sales(make_uow(), batch) == 1
    assert imported_sales.record_imported_sales(make_uow(), batch) == 0  # redelivered
    assert imported_sales.record_imported_sales(make_uow(), _batch(client_id, visits, at=T0 + timedelta(hours=1))) == 0

    figures = _figures(make_uow, builders, client_id)
    assert (figures["total_sales"]["amount"], figures["total_paid"]["amount"]) == (8550, 7550)
    assert (figures["visits_paid"], figures["invoices_count"]) == (2, 1)
    assert figures["average_ticket"]["amount"] == 2850  # 8550 over three tickets
    assert [(m["month"], m["revenue"]["amount"]) for m in figures["revenue_per_month"]][:2] == [
        ("2024-01", 3000),
        ("2024-02", 4550),
    ]
    assert {f["name"]: f["count"] for f in figures["favourite_staff"]}["Sam"] == 2
    summary = card.card_section(make_uow(), client_id, currency="GBP")["summary"]
    assert (summary["total_spent"]["amount"], summary["total_paid"]["amount"]) == (8550, 7550)
    balance = get_balance(make_uow(), client_id, builders.context())
    assert balance["outstanding"]["amount"] == 1000 and invoice["id"]  # only the real invoice is owed


def test_a_corrected_visit_replaces_its_sale_and_an_older_batch_never_overwrites_a_newer_one(make_uow, builders):
    client_id = builders.open_client(make_uow)
    key = f"V-{uuid.uuid4().hex[:8]}"
    newer = _batch(client_id, [(key, "2024-01-10T10:00:00+00:00", "completed", 5000, "Cut")], at=T0 + timedelta(hours=1))
    older = _batch(client_id, [(key, "2024-01-10T10:00:00+00:00", "completed", 3000, "Cut")], at=T0)

    imported_sales.record_imported_sales(make_uow(), newer)
    assert imported_sales.record_imported_sales(make_uow(), older) == 0  # a late redelivery of an earlier import

    assert _figures(make_uow, builders, client_id)["total_sales"]["amount"] == 5000


def test_a_batch_of_client_parts_is_not_this_handler_s(make_uow):
    batch = {
        "event_id": uuid.uuid4(),
        "occurred_at": T0,
        "import_id": str(uuid.uuid4()),
        "rows": [
            {
                "external_id": "X",
                "client_id": str(uuid.uuid4()),
                "new": ["balance"],
                "parts": {"balance": {"amount_minor": 100, "currency": "GBP"}},
            }
        ],
    }
    assert imported_sales.record_imported_sales(make_uow(), batch) == 0


def test_the_service_counts_a_redelivered_batch_of_the_broker_once(container_factory, service_config, make_uow, builders):
    container = container_factory(BillingService, service_config)
    container.start()
    client_id = builders.open_client(make_uow)
    batch = _batch(client_id, [(f"B-{uuid.uuid4().hex[:8]}", "2024-01-10T10:00:00+00:00", "completed", 1234, "Cut")])
    payload = {**batch, "event_id": str(batch["event_id"]), "occurred_at": T0.isoformat(), "version": 1}
    dispatch = event_dispatcher(service_config)

    for _ in range(2):
        with entrypoint_waiter(container, "handle_import_batch_accepted"):
            dispatch("profile", "import_batch_accepted", payload)

    assert card.card_section(make_uow(), client_id, currency="GBP")["summary"]["total_spent"]["amount"] == 1234


def _merge_event(merge: dict) -> dict:
    return load(
        contracts.ClientMergedEvent(), {"event_id": str(uuid.uuid4()), "occurred_at": T0.isoformat(), "version": 1, **merge}
    )


def test_a_merge_moves_the_duplicate_s_imported_sales_and_its_undo_moves_them_back(make_uow, builders):
    survivor, duplicate = builders.open_client(make_uow), builders.open_client(make_uow)
    tag = uuid.uuid4().hex[:8]
    imported_sales.record_imported_sales(
        make_uow(), _batch(survivor, [(f"S-{tag}", "2024-01-10T10:00:00+00:00", "completed", 1000, "Cut")])
    )
    imported_sales.record_imported_sales(
        make_uow(), _batch(duplicate, [(f"D-{tag}", "2024-01-11T10:00:00+00:00", "completed", 2500, "Cut")])
    )
    merge = {"merge_id": str(uuid.uuid4()), "client_id": survivor, "source_id": duplicate}
    spent = lambda client_id: _figures(make_uow, builders, client_id)["total_sales"]["amount"]  # noqa: E731

    client_lifecycle.merge_clients(make_uow(), _merge_event(merge), builders.context())
    assert (spent(survivor), spent(duplicate)) == (3500, 0)

    client_lifecycle.undo_merge(make_uow(), _merge_event(merge), builders.context())
    assert (spent(survivor), spent(duplicate)) == (1000, 2500)
