from typing import Literal

InvoiceLineCreateKind = Literal["credit_pack", "gift_card", "membership", "product", "service"]

INVOICE_LINE_CREATE_KIND_VALUES: set[InvoiceLineCreateKind] = {
    "credit_pack",
    "gift_card",
    "membership",
    "product",
    "service",
}


def check_invoice_line_create_kind(value: str) -> InvoiceLineCreateKind:
    if value in INVOICE_LINE_CREATE_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVOICE_LINE_CREATE_KIND_VALUES!r}")
