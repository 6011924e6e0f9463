"""Opening balances from imports: one zero-sum transaction per external id, however the batch arrives."""

import uuid
from datetime import UTC, datetime

from clientcard_billing.use_cases import imports
from clientcard_billing.use_cases.balance import get_balance
from clientcard_billing.use_cases.support import BillingContext


def _batch(import_id, rows):
    return {
        "event_id": str(uuid.uuid4()),
        "import_id": import_id,
        "rows": [
            {
                "external_id": external_id,
                "client_id": client_id,
                "new": ["balance"],
                "parts": {"balance": {"amount_minor": amount, "currency": "GBP"}},
            }
            for external_id, client_id, amount in rows
        ],
    }


def test_a_redelivered_or_rerun_batch_posts_each_balance_once_and_each_import_reconciles(make_uow):
    tag = uuid.uuid4().hex[:8]
    prepaid, owing = str(uuid.uuid4()), str(uuid.uuid4())
    rows = [(f"P-{tag}", prepaid, 1250), (f"O-{tag}", owing, -725)]
    first, rerun = str(uuid.uuid4()), str(uuid.uuid4())
    batch = _batch(first, rows)

    assert imports.post_opening_balances(make_uow(), batch, currency="GBP") == 2
    assert imports.post_opening_balances(make_uow(), batch, currency="GBP") == 0  # redelivered
    assert imports.post_opening_balances(make_uow(), _batch(rerun, rows), currency="GBP") == 0

    ctx = BillingContext(currency="GBP", now=datetime.now(UTC))
    assert get_balance(make_uow(), prepaid, ctx)["credit"]["amount"] == 1250
    owed = get_balance(make_uow(), owing, ctx)
    assert owed["outstanding"]["amount"] == 725 and [e["kind"] for e in owed["entries"]] == ["opening_balance"]
    for import_id in (first, rerun):
        totals = imports.import_totals(make_uow(), import_id)
        assert (totals["clients"], totals["positive_minor"], totals["negative_minor"]) == (2, 1250, -725)


def test_amounts_finer_than_the_currency_are_errors_by_column():
    answer = imports.validate_import_rows(
        [{"row": 2, "parts": {"balance": {"amount": "1.234"}}}, {"row": 3, "parts": {"balance": {"amount": "-3.5"}}}],
        currency="GBP",
    )["rows"]

    assert list(answer[0]["errors"]) == ["opening_balance"]
    assert answer[1]["parts"] == {"balance": {"amount_minor": -350, "currency": "GBP"}}
