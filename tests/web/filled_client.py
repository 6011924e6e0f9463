"""A client with something in every tab, made through the API, so checks of the page see real content."""

import base64
import random
import uuid
from datetime import UTC, datetime, timedelta

PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
GBP = "GBP"


def _ok(response):
    assert response.status_code in (200, 201, 202), response.text
    return response.json()


def filled_client(api) -> dict:
    tag = uuid.uuid4().hex[:6]
    client = _ok(
        api.post(
            "/clients",
            json={
                "first_name": "Fiona",
                "last_name": f"Filled{tag}",
                "phone": f"+44 7700 9{random.randrange(10**5):05d}",
                "email": f"fiona{tag}@example.com",
                "tags": ["vip", "regular"],
            },
        )
    )
    base = f"/clients/{client['id']}"
    soon = datetime.now(UTC) + timedelta(days=3)
    _ok(api.post(f"{base}/visits", json={"starts_at": soon.isoformat(), "service": "Colour", "staff": "Ann"}))
    _ok(
        api.post(
            f"{base}/visits",
            json={"starts_at": (soon - timedelta(days=30)).isoformat(), "service": "Cut", "staff": "Ben", "status": "completed"},
        )
    )
    _ok(api.post(f"{base}/notes", json={"body": "Allergic to ammonia", "kind": "alert"}))
    _ok(api.post(f"{base}/notes", json={"body": "Likes tea, no sugar", "pinned": True}))
    _ok(api.post(f"{base}/balance/top-ups", json={"amount": {"amount": 5000, "currency": GBP}, "method": "card"}))
    _ok(
        api.post(
            f"{base}/invoices",
            json={
                "lines": [
                    {"description": "Colour", "kind": "service", "quantity": 1, "unit_price": {"amount": 8000, "currency": GBP}}
                ]
            },
        )
    )
    _ok(api.post(f"{base}/loyalty-cards", json={"type": "loyalty"}))
    _ok(api.post(f"{base}/loyalty-cards", json={"type": "gift_card", "initial_value": {"amount": 2500, "currency": GBP}}))
    _ok(
        api.post(
            f"{base}/loyalty-cards",
            json={
                "type": "membership",
                "plan": "Monthly blow-dry",
                "price": {"amount": 3500, "currency": GBP},
                "next_payment_on": "2030-01-01",
            },
        )
    )
    _ok(api.post(f"{base}/loyalty-cards", json={"type": "credit_pack", "service": "Massage", "credits": 5}))
    _ok(api.post(f"{base}/messages", json={"channel": "sms", "body": "See you on Friday"}))
    photo = _ok(
        api.post(
            f"{base}/files", files={"file": ("face.png", PNG, "image/png")}, data={"kind": "photo", "caption": "Profile photo"}
        )
    )
    _ok(api.put(f"{base}/photo", json={"file_id": photo["id"]}))
    return client
