"""Invoice arithmetic: line and invoice discounts, tax-inclusive totals, statuses, refund allocation.

All amounts are integer minor units; percentages are Decimals with two places, and every
rounding is half-up to the minor unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

LINE_KINDS = ("service", "product", "gift_card", "membership", "credit_pack")
PAYMENT_METHODS = ("cash", "card", "account_balance", "gift_card")
TOP_UP_METHODS = ("cash", "card", "bank_transfer")
REFUND_DESTINATIONS = ("original", "account_balance")


class InvoiceRuleBroken(ValueError):
    """A rule of invoices was broken; `field` names the input at fault."""

    def __init__(self, message: str, field: str = "amount"):
        super().__init__(message)
        self.field = field


def percent_of(amount: int, percent: Decimal) -> int:
    return int((Decimal(amount) * Decimal(percent) / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class PricedLine:
    description: str
    kind: str
    quantity: int
    unit_price_minor: int
    discount_percent: Decimal
    discount_minor: int
    total_minor: int
    staff: str | None = None


@dataclass(frozen=True)
class Totals:
    subtotal_minor: int
    discount_percent: Decimal
    discount_minor: int
    total_minor: int
    tax_rate_percent: Decimal
    tax_minor: int


def price_line(
    description: str, kind: str, quantity: int, unit_price_minor: int, discount_percent: Decimal, staff: str | None = None
) -> PricedLine:
    if kind not in LINE_KINDS:
        raise InvoiceRuleBroken(f"unknown line kind {kind!r}", field="lines")
    if quantity <= 0 or unit_price_minor < 0:
        raise InvoiceRuleBroken("quantity must be positive and prices not negative", field="lines")
    gross = quantity * unit_price_minor
    discount = percent_of(gross, discount_percent)
    return PricedLine(description, kind, quantity, unit_price_minor, Decimal(discount_percent), discount, gross - discount, staff)


def totals(lines: list[PricedLine], discount_percent: Decimal, tax_rate_percent: Decimal) -> Totals:
    """Prices include tax: the tax is the part of the total above total / (1 + rate)."""
    if not lines:
        raise InvoiceRuleBroken("an invoice needs at least one line", field="lines")
    subtotal = sum(line.total_minor for line in lines)
    discount = percent_of(subtotal, discount_percent)
    total = subtotal - discount
    net = int((Decimal(total) * 100 / (100 + Decimal(tax_rate_percent))).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return Totals(subtotal, Decimal(discount_percent), discount, total, Decimal(tax_rate_percent), total - net)


def status(*, total: int, paid: int, refunded: int, void: bool) -> str:
    if void:
        return "void"
    if paid > 0 and refunded == paid:
        return "refunded"
    if paid == 0:
        return "paid" if total == 0 else "open"
    return "paid" if paid >= total else "partially_paid"


def check_payment(*, amount: int, due: int, invoice_status: str) -> None:
    if invoice_status == "void":
        raise InvoiceRuleBroken("a void invoice takes no payments", field="invoice")
    if amount <= 0:
        raise InvoiceRuleBroken("a payment must be positive")
    if amount > due:
        raise InvoiceRuleBroken(f"paying {amount} is more than the {due} due")


def check_void(*, paid: int, refunded: int, invoice_status: str) -> None:
    if invoice_status == "void":
        raise InvoiceRuleBroken("the invoice is already void", field="invoice")
    if paid - refunded > 0:
        raise InvoiceRuleBroken("refund its payments before voiding an invoice", field="invoice")


@dataclass(frozen=True)
class Refundable:
    payment_id: object
    refundable_minor: int


def allocate_refund(amount: int, payments: list[Refundable], payment_id=None) -> list[tuple[object, int]]:
    """Split a refund over payments, newest first (or only the named one); raises if they cannot cover it."""
    if amount <= 0:
        raise InvoiceRuleBroken("a refund must be positive")
    if payment_id is not None:
        payments = [p for p in payments if str(p.payment_id) == str(payment_id)]
        if not payments:
            raise InvoiceRuleBroken("no such payment on this invoice", field="payment_id")
    available = sum(p.refundable_minor for p in payments)
    if amount > available:
        raise InvoiceRuleBroken(f"refunding {amount} is more than the {available} paid and not yet refunded")
    allocation, left = [], amount
    for refundable in payments:
        part = min(left, refundable.refundable_minor)
        if part > 0:
            allocation.append((refundable.payment_id, part))
            left -= part
    return allocation
