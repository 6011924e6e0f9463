"""Whatever JSON arrives at a billing write, the answer is a problem+json 4xx (or a success), never a 5xx,
and a refused write moves no money."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SCALARS = st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.text(max_size=30)
JSON = st.recursive(
    SCALARS | st.floats(allow_nan=False, allow_infinity=False),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5),
    max_leaves=12,
)
FIELDS = [
    "amount",
    "currency",
    "method",
    "reason",
    "to_client_id",
    "lines",
    "location_id",
    "visit_id",
    "discount_percent",
    "description",
    "kind",
    "quantity",
    "unit_price",
    "gift_card_code",
    "payer_client_id",
    "to",
    "payment_id",
    "token",
    "brand",
    "last4",
    "exp_month",
    "exp_year",
]
BODIES = (
    JSON
    | st.dictionaries(st.sampled_from(FIELDS), JSON, max_size=6)
    | st.fixed_dictionaries(
        {"amount": st.fixed_dictionaries({"amount": JSON, "currency": JSON})}, optional={"method": JSON, "to": JSON}
    )
)
ENDPOINTS = [
    "/clients/{client}/balance/top-ups",
    "/clients/{client}/balance/adjustments",
    "/clients/{client}/balance/transfers",
    "/clients/{client}/invoices",
    "/clients/{client}/cards",
    "/invoices/{invoice}/payments",
    "/invoices/{invoice}/refunds",
    "/invoices/{invoice}/void",
]


@pytest.fixture(scope="module")
def target(api):
    client = api.post("/clients", json={"first_name": "Fuzz"}).json()["id"]
    invoice = api.post(
        f"/clients/{client}/invoices",
        json={
            "discount_percent": "0",
            "lines": [{"description": "Cut", "kind": "service", "unit_price": {"amount": 1000, "currency": "GBP"}}],
        },
    ).json()["id"]
    return client, invoice


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(endpoint=st.sampled_from(ENDPOINTS), body=BODIES)
def test_random_bodies_get_4xx_problems_never_5xx(api, target, endpoint, body):
    client, invoice = target
    response = api.post(endpoint.format(client=client, invoice=invoice), json=body)

    assert response.status_code < 500, (endpoint, body, response.text)
    if response.status_code >= 400:
        assert response.headers["Content-Type"] == "application/problem+json"


def test_after_the_fuzzing_the_books_still_balance(api, target):
    client, invoice = target
    balance = api.get(f"/clients/{client}/balance", params={"limit": 200}).json()
    assert balance["balance"]["amount"] == sum(e["amount"]["amount"] for e in balance["entries"])
    assert balance["credit"]["amount"] - balance["outstanding"]["amount"] == balance["balance"]["amount"]
