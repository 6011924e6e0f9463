"""The generated Python SDK (clients/python) against the running suite, as an integrator uses it.

Only the SDK speaks to the gateway here; it raises on any status the document does not declare, so
the document and the server drifting apart fails these tests.
"""

from __future__ import annotations

import struct
import uuid
import zlib
from datetime import UTC, datetime

import pytest
from clientcard_client import AuthenticatedClient
from clientcard_client.api.balance import get_balance, top_up_balance
from clientcard_client.api.clients import create_client, get_card, get_client
from clientcard_client.api.files import download_file, upload_file
from clientcard_client.api.invoices import create_invoice, pay_invoice
from clientcard_client.api.locations import create_location
from clientcard_client.api.notes import create_note
from clientcard_client.api.visits import save_visit
from clientcard_client.models import (
    Card,
    ClientCreate,
    ClientRecord,
    InvoiceCreate,
    InvoiceLineCreate,
    LocationCreate,
    Money,
    NoteCreate,
    PaymentCreate,
    Problem,
    TopUpCreate,
    UploadFileBody,
    VisitCreate,
)
from clientcard_client.types import File

from tests.integration.conftest import eventually


def _png() -> bytes:
    """A one-pixel PNG: real bytes for the files service to sniff."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixel = zlib.compress(b"\x00\xff\x00\x00")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixel) + chunk(b"IEND", b"")


@pytest.fixture
def sdk(suite) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=suite.base_url, token=suite.admin_key, raise_on_unexpected_status=True, timeout=30)


def gbp(amount: int) -> Money:
    return Money(amount=amount, currency="GBP")


def test_an_integrator_runs_a_client_visit_end_to_end_with_only_the_sdk(sdk):
    location = create_location.sync(client=sdk, body=LocationCreate(name=f"SDK {uuid.uuid4().hex[:6]}", timezone="Europe/London"))
    created = create_client.sync_detailed(
        client=sdk,
        body=ClientCreate(first_name="Ada", last_name="Sdk", home_location_id=location.id),
        idempotency_key=str(uuid.uuid4()),
    )
    assert created.status_code == 201 and isinstance(created.parsed, ClientRecord)
    client = created.parsed
    assert isinstance(client.id, uuid.UUID)  # ids are typed both ways
    assert created.headers["Location"].endswith(f"/clients/{client.id}")

    alert = create_note.sync(client.id, client=sdk, body=NoteCreate(body="Allergic to latex", kind="alert", pinned=True))
    assert alert.kind == "alert"

    top_up_balance.sync(client.id, client=sdk, body=TopUpCreate(amount=gbp(5000), method="cash"))
    invoice = create_invoice.sync(
        client.id,
        client=sdk,
        body=InvoiceCreate(
            location_id=location.id,
            lines=[InvoiceLineCreate(description="Haircut", kind="service", quantity=1, unit_price=gbp(3000))],
        ),
    )
    assert invoice.due.amount == 3000

    key = str(uuid.uuid4())
    payment = PaymentCreate(amount=gbp(3000), method="account_balance")
    paid = pay_invoice.sync(invoice.id, client=sdk, body=payment, idempotency_key=key)
    again = pay_invoice.sync(invoice.id, client=sdk, body=payment, idempotency_key=key)
    assert paid.status == again.status == "paid"
    assert get_balance.sync(client.id, client=sdk).balance.amount == 2000  # the retry moved nothing
    reused = pay_invoice.sync(invoice.id, client=sdk, body=PaymentCreate(amount=gbp(1), method="cash"), idempotency_key=key)
    assert isinstance(reused, Problem) and reused.status == 409

    photo = _png()
    uploaded = upload_file.sync(
        client.id,
        client=sdk,
        body=UploadFileBody(
            kind="photo",
            caption="before",
            file=File(payload=photo, file_name="before.png", mime_type="image/png"),
        ),
    )
    assert uploaded.content_type == "image/png" and uploaded.size == len(photo)
    downloaded = download_file.sync_detailed(uploaded.id, client=sdk)
    assert downloaded.status_code == 200 and downloaded.content == photo

    def card_shows_everything() -> Card:
        card = get_card.sync(client.id, client=sdk)
        assert isinstance(card, Card)
        assert card.files is not None and [str(f.id) for f in card.files.recent] == [str(uploaded.id)]
        return card

    card = _eventually_card(card_shows_everything)
    assert card.client.first_name == "Ada"
    assert [a.body for a in card.alerts] == ["Allergic to latex"] and card.alerts[0].unacknowledged
    assert card.balance.balance.amount == 2000 and card.balance.balance.currency == "GBP"
    assert card.summary.total_paid.amount == 3000
    assert card.files.recent[0].kind == "photo"
    assert card.restricted_sections == [] and card.unavailable == []


def _eventually_card(read) -> Card:
    found = []
    eventually(lambda: found.append(read()), timeout=15)
    return found[-1]


def test_not_found_and_invalid_input_come_back_as_typed_problems(sdk):
    missing = get_client.sync_detailed(str(uuid.uuid4()), client=sdk)
    assert missing.status_code == 404
    assert isinstance(missing.parsed, Problem) and missing.parsed.status == 404
    assert missing.parsed.request_id == missing.headers["X-Request-ID"]

    invalid = create_client.sync(client=sdk, body=ClientCreate(first_name="Bad", email="not-an-email"))
    assert isinstance(invalid, Problem) and invalid.status == 422
    assert "email" in invalid.errors.additional_properties
    assert invalid.type_.startswith("https://")


def test_a_price_beyond_the_documented_bounds_is_a_422_not_a_5xx(sdk):
    client = create_client.sync(client=sdk, body=ClientCreate(first_name="Big", last_name="Spender"))
    visit = VisitCreate(starts_at=datetime.now(UTC), service="Gold", price=gbp(99999999999999999999))
    refused = save_visit.sync(client.id, client=sdk, body=visit)
    assert isinstance(refused, Problem) and refused.status == 422 and "price" in refused.errors.additional_properties
    line = InvoiceLineCreate(description="Gold", kind="product", quantity=1, unit_price=gbp(10**12 + 1))
    refused = create_invoice.sync(client.id, client=sdk, body=InvoiceCreate(lines=[line]))
    assert isinstance(refused, Problem) and refused.status == 422
