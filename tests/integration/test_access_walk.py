"""Every route of the OpenAPI document, walked with a key limited to one location.

For a client of another location every route answers 404 and no data of that client shows; for a
client of the key's own location it answers 2xx. A route this walk does not know fails the test, so
a new endpoint cannot skip the access policy.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import re
import uuid

import pytest
import requests

from tests.integration.conftest import Api

GBP = "GBP"
# a 1x1 PNG: the drawn signature of a consent
WALK_SIGNATURE = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
TODAY = dt.date.today()
ALL_BUT_ADMIN = [
    "clients:read",
    "clients:write",
    "notes:clinical",
    "billing:read",
    "billing:write",
    "billing:adjust",
    "loyalty:read",
    "loyalty:write",
    "loyalty:adjust",
    "messages:read",
    "messages:write",
    "files:read",
    "files:write",
    "files:medical",
    "clients:export",
]

# routes without a client in the path: what the location-limited key (no admin scope) gets
CHAIN_ROUTES = {
    "GET /api/v1/clients": 200,  # filtered: tested below
    "POST /api/v1/clients": 201,  # gets the key's location: tested below
    "GET /api/v1/clients/export.csv": 200,  # filtered: tested below
    "GET /api/v1/clients/export.xlsx": 200,
    "POST /api/v1/imports": 202,  # rows of other locations refused: tested in test_access_policy
    "GET /api/v1/locations": 200,
    "POST /api/v1/locations": 403,
    "GET /api/v1/custom-fields": 200,
    "POST /api/v1/custom-fields": 403,
    "PATCH /api/v1/custom-fields/{key}": 403,
    "GET /api/v1/loyalty-program": 200,
    "PUT /api/v1/loyalty-program": 403,  # what the whole chain shares: keys without a location limit
    "GET /api/v1/message-templates": 200,
    "POST /api/v1/message-templates": 403,
    "GET /api/v1/api-keys": 403,
    "POST /api/v1/api-keys": 403,
    "DELETE /api/v1/api-keys/{key_id}": 403,
    "PATCH /api/v1/api-keys/{key_id}": 403,
    "POST /api/v1/api-keys/{key_id}/rotate": 403,
    "GET /api/v1/parked-events": 403,
    "POST /api/v1/parked-events/replay": 403,
    "GET /api/v1/me": 200,
    "GET /api/v1/consent-templates": 200,
    "POST /api/v1/consent-templates": 403,  # the chain's forms: keys without a location limit
    "GET /api/v1/consent-templates/{template_id}": 404,  # walked with no template behind it
    "PUT /api/v1/consent-templates/{template_id}": 403,
    # webhooks and the feed need `webhooks:manage` (a limited key's own: tested in test_webhooks)
    "GET /api/v1/events": 403,
    "GET /api/v1/webhooks": 403,
    "POST /api/v1/webhooks": 403,
    "GET /api/v1/webhooks/{webhook_id}": 403,
    "PATCH /api/v1/webhooks/{webhook_id}": 403,
    "DELETE /api/v1/webhooks/{webhook_id}": 403,
    "GET /api/v1/webhooks/{webhook_id}/deliveries": 403,
    # messaging: a limited key's campaign names one of its locations (test_messaging_campaigns)
    "POST /api/v1/message-templates/preview": 200,
    "POST /api/v1/campaigns": 201,
    "GET /api/v1/campaigns/{campaign_id}": 404,  # walked with no campaign behind it
    "POST /api/v1/campaigns/{campaign_id}/cancel": 404,
    # public, with their own proof (test_messaging_delivery): no key is asked for, a bad proof is refused
    "POST /api/v1/provider-callbacks/{provider}": 401,
    "GET /api/v1/unsubscribe/{token}": 404,
    "POST /api/v1/unsubscribe/{token}": 404,
}
# client routes that need a scope this key does not carry: 404 for another location, 403 for its own
ADMIN_ONLY = {
    "GET /api/v1/clients/{client_id}/sensitive-reads",
    "PATCH /api/v1/locations/{location_id}",
    "POST /api/v1/clients/{client_id}/erase",
    "GET /api/v1/erasures/{erasure_id}",  # clients:erase
}


def gbp(amount: int) -> dict:
    return {"amount": amount, "currency": GBP}


class Side:
    """One location's world, made by the admin: a client and everything that can hang off it."""

    def __init__(self, admin: Api, location_id: str, name: str):
        self.admin, self.location_id, self.name = admin, location_id, name
        self.client_id = self._client(name)

    def _client(self, last_name: str, **extra) -> str:
        phone = f"07700 9{uuid.uuid4().int % 10**5:05d}"
        response = self.admin.post(
            "/clients",
            json={
                "first_name": "Walk",
                "last_name": last_name,
                "home_location_id": self.location_id,
                "phone": phone,
                "email": f"walk.{uuid.uuid4().hex[:10]}@example.com",
                **extra,
            },
        )
        assert response.status_code == 201, response.text
        return response.json()["id"]

    def made(self, method: str, path: str, **kwargs) -> dict:
        response = self.admin.request(method, path, **kwargs)
        assert response.status_code in (200, 201, 202), (path, response.text)
        return response.json()

    def note_id(self):
        return self.made("POST", f"/clients/{self.client_id}/notes", json={"body": "Latex", "kind": "alert"})["id"]

    def visit_id(self):
        starts = dt.datetime.now(dt.UTC) + dt.timedelta(days=3)
        return self.made(
            "POST",
            f"/clients/{self.client_id}/visits",
            json={
                "starts_at": starts.isoformat(),
                "ends_at": (starts + dt.timedelta(hours=1)).isoformat(),
                "service": "Cut",
                "staff": "Sam",
                "location_id": self.location_id,
                "status": "booked",
            },
        )["id"]

    def invoice_id(self, paid: bool = False):
        invoice = self.made(
            "POST",
            f"/clients/{self.client_id}/invoices",
            json={
                "location_id": self.location_id,
                "discount_percent": "0",
                "lines": [{"description": "Cut", "kind": "service", "unit_price": gbp(5000)}],
            },
        )
        if paid:
            self.made("POST", f"/invoices/{invoice['id']}/payments", json={"amount": gbp(5000), "method": "card"})
        return invoice["id"]

    def card(self, **body):
        return self.made("POST", f"/clients/{self.client_id}/loyalty-cards", json=body)

    def loyalty_card_id(self):
        """A fresh card each time: a credit pack (a client holds one loyalty card, but many packs)."""
        card = self.card(type="credit_pack", service="Massage", credits=5)
        return card["id"]

    def points_card_id(self):
        """The client's one loyalty card (a payment may have issued it already)."""
        cards = self.admin.get(f"/clients/{self.client_id}/loyalty").json()["cards"]
        held = [card["id"] for card in cards if card.get("type") == "loyalty" and card.get("status") == "active"]
        return held[0] if held else self.card(type="loyalty")["id"]

    def membership_id(self):
        return self.card(
            type="membership", plan="Yoga", price=gbp(5000), next_payment_on=(TODAY + dt.timedelta(days=20)).isoformat()
        )["id"]

    def credit_pack_id(self):
        return self.card(type="credit_pack", service="Physio", credits=10)["id"]

    def gift_card_code(self):
        return self.card(type="gift_card", initial_value=gbp(3000), code=f"WALK-{uuid.uuid4().hex[:8]}")["code"]

    def file_id(self):
        return self.made(
            "POST",
            f"/clients/{self.client_id}/files",
            data={"kind": "document", "caption": "letter"},
            files={"file": ("letter.txt", io.BytesIO(b"hello walk"), "text/plain")},
        )["id"]

    def photo_id(self):
        return self.made(
            "POST",
            f"/clients/{self.client_id}/files",
            data={"kind": "photo"},
            files={"file": ("face.png", io.BytesIO(base64.b64decode(WALK_SIGNATURE)), "image/png")},
        )["id"]

    def consent_template(self):
        return self.made("POST", "/consent-templates", json={"title": "Walk", "body": "Agree", "services": ["Cut"]})

    def consent_body(self):
        return {"template_id": self.consent_template()["id"], "signer_name": "Walk", "signature_base64": WALK_SIGNATURE}

    def consent_id(self):
        return self.made("POST", f"/clients/{self.client_id}/consents", json=self.consent_body())["id"]

    def upload_id(self):
        """A direct upload whose bytes are in storage, waiting for its completion call."""
        started = self.made("POST", f"/clients/{self.client_id}/uploads", json={"kind": "document", "filename": "a.txt"})
        requests.post(started["url"], data=started["fields"], files={"file": ("a.txt", b"walk upload")}, timeout=30)
        return started["id"]

    def erasure_id(self):
        """An erasure of a client of its own (erasing the side's client would close it to the rest of the walk)."""
        return self.made("POST", f"/clients/{self._client(self.name + '-erased')}/erase", json={"reason": "walk"})["id"]

    def card_on_file_id(self):
        return self.made(
            "POST",
            f"/clients/{self.client_id}/cards",
            json={"token": f"tok_{uuid.uuid4().hex}", "brand": "visa", "last4": "4242", "exp_month": 12, "exp_year": 2030},
        )["id"]

    def merge_id(self):
        duplicate = self._client(self.name + "-dup")
        return self.made("POST", f"/clients/{self.client_id}/merge", json={"source_id": duplicate})["merge"]["id"]

    def linked_client_id(self):
        return self._client(self.name + "-kid", linked_clients=[{"client_id": self.client_id, "relation": "child"}])


def path_values(side: Side, method: str, template: str) -> dict:
    """Fresh resources of `side` for each parameter of the route."""
    values = {}
    for name in re.findall(r"{(\w+)}", template):
        if name == "client_id" and template.endswith(("/archive", "/restore")):
            values[name] = side._client(side.name + "-shelved")  # the walk goes on with an active client
            if template.endswith("/restore"):
                side.made("POST", f"/clients/{values[name]}/archive")
        elif name == "client_id":
            values[name] = side.client_id
        elif name == "card_id":
            if template.endswith(("/freeze", "/unfreeze", "/cancel", "/renewals")):
                values[name] = side.membership_id()
                if template.endswith("/unfreeze"):
                    side.made(
                        "POST",
                        f"/loyalty-cards/{values[name]}/freeze",
                        json={"from": TODAY.isoformat(), "until": (TODAY + dt.timedelta(days=7)).isoformat()},
                    )
            elif template.endswith("/credit-adjustments"):
                values[name] = side.credit_pack_id()
            elif template.endswith("/adjustments"):
                values[name] = side.points_card_id()
            else:
                values[name] = side.loyalty_card_id()
        elif name == "invoice_id":
            values[name] = side.invoice_id(paid=template.endswith("/refunds"))
        elif name == "code":
            values[name] = side.gift_card_code()
        elif name == "location_id":
            values[name] = side.location_id
        else:
            values[name] = getattr(side, name)()
    return values


def request_for(side: Side, method: str, template: str) -> dict:
    """A valid request for the route on `side`'s resources (the body the front desk would send)."""
    starts = dt.datetime.now(dt.UTC) + dt.timedelta(days=5)
    bodies = {
        "PATCH /api/v1/clients/{client_id}": {"json": {"tags": ["walked"]}},
        "POST /api/v1/clients/{client_id}/balance/top-ups": {"json": {"amount": gbp(1000), "method": "cash"}},
        "POST /api/v1/clients/{client_id}/balance/adjustments": {"json": {"amount": gbp(100), "reason": "goodwill"}},
        "POST /api/v1/clients/{client_id}/cards": {
            "json": {"token": f"tok_{uuid.uuid4().hex}", "brand": "visa", "last4": "4242", "exp_month": 1, "exp_year": 2031}
        },
        "POST /api/v1/clients/{client_id}/files": {
            "data": {"kind": "document"},
            "files": {"file": ("a.txt", io.BytesIO(b"walk file"), "text/plain")},
        },
        "POST /api/v1/clients/{client_id}/invoices": {
            "json": {
                "location_id": side.location_id,
                "lines": [{"description": "Gel", "kind": "product", "unit_price": gbp(900)}],
            }
        },
        "POST /api/v1/invoices/{invoice_id}/payments": {"json": {"amount": gbp(5000), "method": "cash"}},
        "POST /api/v1/invoices/{invoice_id}/refunds": {"json": {"amount": gbp(1000), "to": "original", "reason": "r"}},
        "POST /api/v1/invoices/{invoice_id}/void": {"json": {"reason": "mistake"}},
        "POST /api/v1/clients/{client_id}/loyalty-cards": {"json": {"type": "credit_pack", "service": "Nails", "credits": 3}},
        "POST /api/v1/loyalty-cards/{card_id}/adjustments": {"json": {"points": 5, "reason": "birthday"}},
        "POST /api/v1/loyalty-cards/{card_id}/freeze": {
            "json": {"from": (TODAY + dt.timedelta(days=1)).isoformat(), "until": (TODAY + dt.timedelta(days=8)).isoformat()}
        },
        "POST /api/v1/loyalty-cards/{card_id}/cancel": {"json": {}},
        "POST /api/v1/loyalty-cards/{card_id}/renewals": {"json": {}},
        "POST /api/v1/loyalty-cards/{card_id}/credit-adjustments": {"json": {"credits": -1, "reason": "session"}},
        "POST /api/v1/clients/{client_id}/messages": {"json": {"channel": "sms", "body": "See you soon"}},
        "PUT /api/v1/clients/{client_id}/notification-preferences": {"json": {"channels": {"push": False}}},
        "POST /api/v1/clients/{client_id}/calls": {
            "json": {"direction": "inbound", "started_at": starts.isoformat(), "duration_s": 60, "outcome": "answered"}
        },
        "POST /api/v1/clients/{client_id}/notes": {"json": {"body": "Prefers mornings", "kind": "general"}},
        "PATCH /api/v1/notes/{note_id}": {"json": {"body": "Latex and nuts"}},
        "POST /api/v1/notes/{note_id}/acknowledge": {"json": {"staff": "Sam"}},
        "POST /api/v1/clients/{client_id}/visits": {
            "json": {
                "starts_at": starts.isoformat(),
                "ends_at": (starts + dt.timedelta(hours=1)).isoformat(),
                "service": "Colour",
                "staff": "Sam",
                "location_id": side.location_id,
                "status": "booked",
            }
        },
        "PATCH /api/v1/visits/{visit_id}": {"json": {"status": "confirmed"}},
        "POST /api/v1/clients/{client_id}/archive": {},
        "POST /api/v1/clients/{client_id}/restore": {},
        "POST /api/v1/merges/{merge_id}/undo": {},
        "POST /api/v1/clients/{client_id}/erase": {"json": {"reason": "the client asked"}},
        "PATCH /api/v1/locations/{location_id}": {"json": {"name": "Renamed by the walk"}},
    }
    key = f"{method} {template}"
    if key == "POST /api/v1/clients/{client_id}/balance/transfers":
        side.made("POST", f"/clients/{side.client_id}/balance/top-ups", json={"amount": gbp(500), "method": "cash"})
        return {"json": {"to_client_id": side.linked_client_id(), "amount": gbp(100)}}
    if key == "POST /api/v1/clients/{client_id}/consents":
        return {"json": side.consent_body()}
    if key == "PUT /api/v1/clients/{client_id}/photo":
        return {"json": {"file_id": side.photo_id()}}
    if key == "POST /api/v1/clients/{client_id}/uploads":
        return {"json": {"kind": "photo", "filename": "a.jpg"}}
    if key == "POST /api/v1/consents/{consent_id}/withdraw":
        return {"json": {"reason": "walk"}}
    if key == "POST /api/v1/clients/{client_id}/merge":
        return {"json": {"source_id": side._client(side.name + "-twin")}}
    return bodies.get(key, {})


@pytest.fixture(scope="module")
def walk(suite, api):
    admin = api
    own = admin.post("/locations", json={"name": f"Walk own {uuid.uuid4().hex[:6]}", "timezone": "Europe/London"})
    other = admin.post("/locations", json={"name": f"Walk other {uuid.uuid4().hex[:6]}", "timezone": "Europe/London"})
    assert own.status_code == other.status_code == 201
    key = admin.post(
        "/api-keys", json={"name": "Front desk, own location", "scopes": ALL_BUT_ADMIN, "location_ids": [own.json()["id"]]}
    )
    assert key.status_code == 201, key.text
    limited = Api(suite.base_url, key.json()["secret"])
    tag = uuid.uuid4().hex[:8]
    return {
        "admin": admin,
        "limited": limited,
        "spec": admin.get("/api/v1/openapi.json").json(),
        "own": lambda: Side(admin, own.json()["id"], f"Own{tag}"),
        "other": lambda: Side(admin, other.json()["id"], f"Other{tag}"),
    }


def _import(api: Api) -> str:
    content = b"first_name,last_name\nImported,Walker\n"
    response = api.post("/imports", files={"file": ("walk.csv", content)}, data={"dry_run": "true"})
    assert response.status_code == 202, response.text
    return response.json()["id"]


def operations(spec: dict):
    for template, methods in sorted(spec["paths"].items()):
        for method in sorted(methods):
            if method in {"get", "post", "put", "patch", "delete"}:
                yield method.upper(), template


def test_every_route_hides_another_locations_client_and_serves_the_keys_own(walk):
    spec, limited = walk["spec"], walk["limited"]
    own, other = walk["own"](), walk["other"]()
    failures, unknown = [], []
    for method, template in operations(spec):
        key = f"{method} {template}"
        no_client = {"key", "key_id", "webhook_id", "template_id", "campaign_id", "provider", "token"}
        if set(re.findall(r"{(\w+)}", template)) <= no_client:  # no client behind the route
            if key not in CHAIN_ROUTES:
                unknown.append(key)
            continue
        if template == "/api/v1/imports/{import_id}":
            hidden = template.format(import_id=_import(walk["admin"]))
            assert limited.get(hidden).status_code == 404, "an unlimited key's import is not the limited key's"
            assert limited.get(template.format(import_id=_import(limited))).status_code == 200
            continue
        for side, expected in ((other, {404}), (own, {403} if key in ADMIN_ONLY else {200, 201, 202, 204})):
            path = template.format(**path_values(side, method, template))
            response = limited.request(method, path, **request_for(side, method, template))
            if response.status_code not in expected:
                failures.append(f"{key} for {side.name}: {response.status_code} {response.text[:200]}")
            if side is other and (side.name in response.text or side.name.lower() in response.text.lower()):
                failures.append(f"{key} shows data of another location's client: {response.text[:200]}")
    assert not unknown, f"routes the access walk does not know (classify them): {unknown}"
    assert not failures, "\n".join(failures)


def test_every_route_without_a_client_answers_as_classified(walk):
    limited = walk["limited"]
    failures = []
    for method, template in operations(walk["spec"]):
        key = f"{method} {template}"
        if key not in CHAIN_ROUTES or method not in ("GET",) and CHAIN_ROUTES[key] != 403:
            continue  # writes with bodies are tested in test_access_policy
        path = template.replace("{key}", "nope").replace("{key_id}", str(uuid.uuid4())).replace("{webhook_id}", str(uuid.uuid4()))
        response = limited.request(method, path, json={} if method != "GET" else None)
        if response.status_code != CHAIN_ROUTES[key]:
            failures.append(f"{key}: {response.status_code} {response.text[:200]}")
    assert not failures, "\n".join(failures)
