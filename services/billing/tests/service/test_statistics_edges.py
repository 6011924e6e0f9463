"""Statistics on odd but valid periods, and payments whose gift card hold lapsed."""

import uuid

from clientcard_billing import contracts
from clientcard_billing.use_cases import gift_card_holds, invoices, payments, statistics
from clientcard_kit.contracts import load


class Desk:
    def hold(self, code, amount_minor, currency, hold_key):
        return {"hold_id": str(uuid.uuid4()), "remaining_minor": 0}

    def confirm(self, hold_id, payment_id=None):
        pass

    def release(self, hold_id):
        pass


def test_statistics_up_to_the_last_representable_day_answer_instead_of_overflowing(make_uow, builders):
    client_id = builders.open_client(make_uow)

    figures = statistics.statistics(make_uow(), client_id, builders.context(), date_from="0001-01-01", date_to="9999-12-31")

    assert figures["to"] == "9999-12-31" and figures["invoices_count"] == 0


def test_a_reversed_gift_card_payment_does_not_count_as_paid(make_uow, builders):
    ctx = builders.context(gift_cards=Desk())
    client_id = builders.open_client(make_uow)
    invoice = invoices.create_invoice(
        make_uow(),
        client_id,
        load(contracts.InvoiceInput(), {"lines": [builders.service_line(1000)], "discount_percent": 0}),
        ctx,
    )
    paid = payments.record_payment(
        make_uow(),
        invoice["id"],
        load(contracts.PaymentInput(), {"amount": builders.gbp(1000), "method": "gift_card", "gift_card_code": "G"}),
        ctx,
    )
    gift_card_holds.reverse_unheld_payment(make_uow(), ctx, paid["payment"]["id"])

    figures = statistics.statistics(make_uow(), client_id, ctx)

    assert figures["total_paid"]["amount"] == 0
    assert figures["outstanding"]["amount"] == 1000


def test_the_largest_invoice_the_contract_allows_is_issued_paid_in_part_and_counted(make_uow, builders):
    ctx = builders.context()
    client_id = builders.open_client(make_uow)
    line = {**builders.service_line(10**12), "quantity": 10_000, "discount_percent": "33.33"}
    invoice = invoices.create_invoice(
        make_uow(), client_id, load(contracts.InvoiceInput(), {"lines": [line] * 200, "discount_percent": "0.01"}), ctx
    )
    payments.record_payment(
        make_uow(), invoice["id"], load(contracts.PaymentInput(), {"amount": builders.gbp(10**12), "method": "cash"}), ctx
    )

    figures = statistics.statistics(make_uow(), client_id, ctx)

    assert invoice["total"]["amount"] == sum(li["total"]["amount"] for li in invoice["lines"]) - invoice["discount"]["amount"]
    assert figures["total_sales"] == invoice["total"]
    assert figures["outstanding"]["amount"] == invoice["total"]["amount"] - 10**12
