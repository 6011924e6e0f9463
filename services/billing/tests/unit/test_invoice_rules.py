"""Invoice arithmetic, refund allocation, ledger postings and card-number detection: pure rules."""

from decimal import Decimal

import pytest

from clientcard_billing.domain import invoices as rules
from clientcard_billing.domain import ledger
from clientcard_billing.domain.cards import expired, looks_like_card_number
from clientcard_billing.domain.statistics import average


def test_line_and_invoice_discounts_round_half_up_and_tax_is_inside_the_total():
    lines = [rules.price_line("Cut", "service", 1, 4000, Decimal("25")), rules.price_line("Gel", "product", 3, 333, Decimal("0"))]

    totals = rules.totals(lines, Decimal("10"), Decimal("20"))

    assert [line.total_minor for line in lines] == [3000, 999]
    assert totals.subtotal_minor == 3999
    assert totals.discount_minor == 400  # 399.9 rounds up
    assert totals.total_minor == 3599
    assert totals.tax_minor == 3599 - 2999  # net 2999.17 rounds to 2999


def test_an_invoice_needs_lines_and_known_kinds():
    with pytest.raises(rules.InvoiceRuleBroken):
        rules.totals([], Decimal(0), Decimal(20))
    with pytest.raises(rules.InvoiceRuleBroken):
        rules.price_line("Car", "vehicle", 1, 100, Decimal(0))


@pytest.mark.parametrize(
    "paid, refunded, void, expected",
    [
        (0, 0, False, "open"),
        (500, 0, False, "partially_paid"),
        (1000, 0, False, "paid"),
        (1000, 1000, False, "refunded"),
        (1000, 400, False, "paid"),
        (0, 0, True, "void"),
    ],
)
def test_status_follows_what_was_paid_and_refunded(paid, refunded, void, expected):
    assert rules.status(total=1000, paid=paid, refunded=refunded, void=void) == expected


def test_paying_more_than_is_due_is_refused():
    rules.check_payment(amount=500, due=500, invoice_status="partially_paid")
    with pytest.raises(rules.InvoiceRuleBroken):
        rules.check_payment(amount=501, due=500, invoice_status="partially_paid")
    with pytest.raises(rules.InvoiceRuleBroken):
        rules.check_payment(amount=1, due=500, invoice_status="void")


def test_a_refund_takes_from_the_newest_payment_first_and_never_more_than_was_paid():
    payments = [rules.Refundable("newest", 300), rules.Refundable("older", 1000)]

    assert rules.allocate_refund(800, payments) == [("newest", 300), ("older", 500)]
    assert rules.allocate_refund(200, payments, payment_id="older") == [("older", 200)]
    with pytest.raises(rules.InvoiceRuleBroken):
        rules.allocate_refund(1301, payments)


def test_every_posting_sums_to_zero_and_a_client_balance_is_credit_less_outstanding():
    client, payer = object(), object()
    postings = [
        ledger.top_up(client, 500, "GBP", "cash"),
        ledger.adjustment(client, -200, "GBP"),
        ledger.transfer(client, payer, 100, "GBP"),
        ledger.invoice_issued(client, 900, "GBP"),
        ledger.payment(client, payer, 100, "GBP", "account_balance"),
        ledger.refund(50, "GBP", method="card"),
        ledger.refund(50, "GBP", method="account_balance", to_account_id=client),
    ]
    for entries in postings:
        assert sum(e.amount_minor for e in entries) == 0
    own = [e for entries in postings for e in entries if e.account_id is client]
    sums = {}
    for entry in own:
        sums[entry.account] = sums.get(entry.account, 0) + entry.amount_minor
    balance = ledger.Balance.from_sums(sums)
    assert (balance.credit, balance.outstanding) == (500 - 200 - 100 + 50, 900 - 100)
    assert balance.balance == sum(e.amount_minor for e in own)
    with pytest.raises(ledger.UnbalancedTransaction):
        ledger.assert_balanced([ledger.Entry("cash", 1, "GBP")])


@pytest.mark.parametrize(
    "text, is_number",
    [
        ("4111111111111111", True),
        ("4111 1111 1111 1111", True),
        ("5500-0000-0000-0004", True),
        ("tok_4111111111111112", False),
        ("tok_1QabcXYZ", False),
        ("pm_1234", False),
        ("1234567890123", False),
    ],
)
def test_card_numbers_are_recognised_by_length_and_luhn(text, is_number):
    assert looks_like_card_number(text) is is_number


def test_expiry_and_average():
    assert expired(10, 2026, today_year=2026, today_month=11)
    assert not expired(11, 2026, today_year=2026, today_month=11)
    assert average(1001, 2) == 501
    assert average(0, 0) == 0
