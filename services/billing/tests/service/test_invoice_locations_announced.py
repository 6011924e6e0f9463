"""Invoices issued before profile listened are announced once, by migration, as `invoice_location_known`."""

import uuid
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from clientcard_billing import contracts
from clientcard_billing.use_cases import invoices
from clientcard_kit.contracts import load
from clientcard_kit.tables import outbox_events

SERVICE_DIR = Path(__file__).resolve().parents[2]


def _alembic(url: str) -> Config:
    config = Config(str(SERVICE_DIR / "alembic.ini"))
    config.set_main_option("script_location", str(SERVICE_DIR / "migrations"))
    config.attributes["database_url"] = url
    return config


def test_the_backfill_announces_each_located_invoice_with_its_client_and_location(
    make_uow, builders, billing_engine, billing_database_url
):
    location_id = str(uuid.uuid4())
    with billing_engine.begin() as conn:
        conn.execute(
            sa.text("INSERT INTO known_locations (id, name, active, updated_at) VALUES (:i, 'Soho', true, now())"),
            {"i": location_id},
        )
    client_id = builders.open_client(make_uow)
    data = {"lines": [builders.service_line(1000)], "discount_percent": 0}
    located = invoices.create_invoice(
        make_uow(), client_id, load(contracts.InvoiceInput(), {**data, "location_id": location_id}), builders.context()
    )
    unlocated = invoices.create_invoice(make_uow(), client_id, load(contracts.InvoiceInput(), data), builders.context())

    config = _alembic(billing_database_url)
    command.downgrade(config, "-1")
    command.upgrade(config, "head")  # as an upgrade from a release without the backfill runs it

    with billing_engine.connect() as conn:
        rows = conn.execute(
            sa.select(outbox_events.c.event_id, outbox_events.c.payload).where(
                outbox_events.c.event_type == "invoice_location_known"
            )
        ).all()
    mine = [(event_id, payload) for event_id, payload in rows if payload["client_id"] == client_id]
    assert [payload["invoice_id"] for _, payload in mine] == [located["id"]]
    event_id, payload = mine[0]
    assert payload["event_id"] == str(event_id) and payload["location_id"] == location_id
    assert payload["version"] == 1 and payload["occurred_at"]
    assert unlocated["id"] not in {payload["invoice_id"] for _, payload in rows}
