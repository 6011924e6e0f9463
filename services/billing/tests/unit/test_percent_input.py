"""Percentages are taken with at most two decimals: more is a 422, never rounded."""

from decimal import Decimal

import pytest

from clientcard_billing import contracts
from clientcard_kit.contracts import load
from clientcard_kit.errors import InvalidInput


def invoice(percent) -> dict:
    line = {"description": "Peel", "kind": "service", "unit_price": {"amount": 1000, "currency": "GBP"}}
    return {"lines": [{**line, "discount_percent": percent}], "discount_percent": percent}


@pytest.mark.parametrize("percent", ["12.345", 12.345, "0.001", "1e-3", "99.999"])
def test_a_third_decimal_is_refused_on_the_invoice_and_its_lines(percent):
    with pytest.raises(InvalidInput) as refused:
        load(contracts.InvoiceInput(), invoice(percent))

    assert refused.value.errors == {
        "discount_percent": ["At most two decimals."],
        "lines": {0: {"discount_percent": ["At most two decimals."]}},
    }


@pytest.mark.parametrize(("percent", "taken"), [("12.5", "12.50"), (12.5, "12.50"), ("12.340", "12.34"), (7, "7.00")])
def test_two_decimals_or_fewer_are_taken_as_they_are(percent, taken):
    data = load(contracts.InvoiceInput(), invoice(percent))

    assert data["discount_percent"] == data["lines"][0]["discount_percent"] == Decimal(taken)
