from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_line import InvoiceLine
    from ..models.money import Money
    from ..models.new_payment import NewPayment
    from ..models.payment import Payment
    from ..models.refund import Refund


T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """
    Attributes:
        id (str | Unset):
        client_id (str | Unset):
        location_id (None | str | Unset):
        visit_id (None | str | Unset):
        status (str | Unset): open, partially_paid, paid, refunded or void
        lines (list[InvoiceLine] | Unset):
        subtotal (Money | Unset):
        discount_percent (float | Unset):
        discount (Money | Unset):
        total (Money | Unset):
        tax_rate_percent (float | Unset):
        tax (Money | Unset):
        paid (Money | Unset):
        refunded (Money | Unset):
        due (Money | Unset):
        payments (list[Payment] | Unset):
        refunds (list[Refund] | Unset):
        issued_at (datetime.datetime | Unset):
        voided_at (datetime.datetime | None | Unset):
        due_on (datetime.date | None | Unset): null: issued before due dates
        payment (NewPayment | Unset):
        refunds_issued (list[str] | Unset): ids of the refunds just issued
    """

    id: str | Unset = UNSET
    client_id: str | Unset = UNSET
    location_id: None | str | Unset = UNSET
    visit_id: None | str | Unset = UNSET
    status: str | Unset = UNSET
    lines: list[InvoiceLine] | Unset = UNSET
    subtotal: Money | Unset = UNSET
    discount_percent: float | Unset = UNSET
    discount: Money | Unset = UNSET
    total: Money | Unset = UNSET
    tax_rate_percent: float | Unset = UNSET
    tax: Money | Unset = UNSET
    paid: Money | Unset = UNSET
    refunded: Money | Unset = UNSET
    due: Money | Unset = UNSET
    payments: list[Payment] | Unset = UNSET
    refunds: list[Refund] | Unset = UNSET
    issued_at: datetime.datetime | Unset = UNSET
    voided_at: datetime.datetime | None | Unset = UNSET
    due_on: datetime.date | None | Unset = UNSET
    payment: NewPayment | Unset = UNSET
    refunds_issued: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id = self.client_id

        location_id: None | str | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        else:
            location_id = self.location_id

        visit_id: None | str | Unset
        if isinstance(self.visit_id, Unset):
            visit_id = UNSET
        else:
            visit_id = self.visit_id

        status = self.status

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        subtotal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subtotal, Unset):
            subtotal = self.subtotal.to_dict()

        discount_percent = self.discount_percent

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        tax_rate_percent = self.tax_rate_percent

        tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax, Unset):
            tax = self.tax.to_dict()

        paid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paid, Unset):
            paid = self.paid.to_dict()

        refunded: dict[str, Any] | Unset = UNSET
        if not isinstance(self.refunded, Unset):
            refunded = self.refunded.to_dict()

        due: dict[str, Any] | Unset = UNSET
        if not isinstance(self.due, Unset):
            due = self.due.to_dict()

        payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            payments = []
            for payments_item_data in self.payments:
                payments_item = payments_item_data.to_dict()
                payments.append(payments_item)

        refunds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.refunds, Unset):
            refunds = []
            for refunds_item_data in self.refunds:
                refunds_item = refunds_item_data.to_dict()
                refunds.append(refunds_item)

        issued_at: str | Unset = UNSET
        if not isinstance(self.issued_at, Unset):
            issued_at = self.issued_at.isoformat()

        voided_at: None | str | Unset
        if isinstance(self.voided_at, Unset):
            voided_at = UNSET
        elif isinstance(self.voided_at, datetime.datetime):
            voided_at = self.voided_at.isoformat()
        else:
            voided_at = self.voided_at

        due_on: None | str | Unset
        if isinstance(self.due_on, Unset):
            due_on = UNSET
        elif isinstance(self.due_on, datetime.date):
            due_on = self.due_on.isoformat()
        else:
            due_on = self.due_on

        payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = self.payment.to_dict()

        refunds_issued: list[str] | Unset = UNSET
        if not isinstance(self.refunds_issued, Unset):
            refunds_issued = self.refunds_issued

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id
        if status is not UNSET:
            field_dict["status"] = status
        if lines is not UNSET:
            field_dict["lines"] = lines
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if discount_percent is not UNSET:
            field_dict["discount_percent"] = discount_percent
        if discount is not UNSET:
            field_dict["discount"] = discount
        if total is not UNSET:
            field_dict["total"] = total
        if tax_rate_percent is not UNSET:
            field_dict["tax_rate_percent"] = tax_rate_percent
        if tax is not UNSET:
            field_dict["tax"] = tax
        if paid is not UNSET:
            field_dict["paid"] = paid
        if refunded is not UNSET:
            field_dict["refunded"] = refunded
        if due is not UNSET:
            field_dict["due"] = due
        if payments is not UNSET:
            field_dict["payments"] = payments
        if refunds is not UNSET:
            field_dict["refunds"] = refunds
        if issued_at is not UNSET:
            field_dict["issued_at"] = issued_at
        if voided_at is not UNSET:
            field_dict["voided_at"] = voided_at
        if due_on is not UNSET:
            field_dict["due_on"] = due_on
        if payment is not UNSET:
            field_dict["payment"] = payment
        if refunds_issued is not UNSET:
            field_dict["refunds_issued"] = refunds_issued

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_line import InvoiceLine  # noqa: PLC0415
        from ..models.money import Money  # noqa: PLC0415
        from ..models.new_payment import NewPayment  # noqa: PLC0415
        from ..models.payment import Payment  # noqa: PLC0415
        from ..models.refund import Refund  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        client_id = d.pop("client_id", UNSET)

        def _parse_location_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location_id = _parse_location_id(d.pop("location_id", UNSET))

        def _parse_visit_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        visit_id = _parse_visit_id(d.pop("visit_id", UNSET))

        status = d.pop("status", UNSET)

        _lines = d.pop("lines", UNSET)
        lines: list[InvoiceLine] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = InvoiceLine.from_dict(lines_item_data)

                lines.append(lines_item)

        _subtotal = d.pop("subtotal", UNSET)
        subtotal: Money | Unset
        if isinstance(_subtotal, Unset):
            subtotal = UNSET
        else:
            subtotal = Money.from_dict(_subtotal)

        discount_percent = d.pop("discount_percent", UNSET)

        _discount = d.pop("discount", UNSET)
        discount: Money | Unset
        if isinstance(_discount, Unset):
            discount = UNSET
        else:
            discount = Money.from_dict(_discount)

        _total = d.pop("total", UNSET)
        total: Money | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = Money.from_dict(_total)

        tax_rate_percent = d.pop("tax_rate_percent", UNSET)

        _tax = d.pop("tax", UNSET)
        tax: Money | Unset
        if isinstance(_tax, Unset):
            tax = UNSET
        else:
            tax = Money.from_dict(_tax)

        _paid = d.pop("paid", UNSET)
        paid: Money | Unset
        if isinstance(_paid, Unset):
            paid = UNSET
        else:
            paid = Money.from_dict(_paid)

        _refunded = d.pop("refunded", UNSET)
        refunded: Money | Unset
        if isinstance(_refunded, Unset):
            refunded = UNSET
        else:
            refunded = Money.from_dict(_refunded)

        _due = d.pop("due", UNSET)
        due: Money | Unset
        if isinstance(_due, Unset):
            due = UNSET
        else:
            due = Money.from_dict(_due)

        _payments = d.pop("payments", UNSET)
        payments: list[Payment] | Unset = UNSET
        if _payments is not UNSET:
            payments = []
            for payments_item_data in _payments:
                payments_item = Payment.from_dict(payments_item_data)

                payments.append(payments_item)

        _refunds = d.pop("refunds", UNSET)
        refunds: list[Refund] | Unset = UNSET
        if _refunds is not UNSET:
            refunds = []
            for refunds_item_data in _refunds:
                refunds_item = Refund.from_dict(refunds_item_data)

                refunds.append(refunds_item)

        _issued_at = d.pop("issued_at", UNSET)
        issued_at: datetime.datetime | Unset
        if isinstance(_issued_at, Unset):
            issued_at = UNSET
        else:
            issued_at = datetime.datetime.fromisoformat(_issued_at)

        def _parse_voided_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                voided_at_type_0 = datetime.datetime.fromisoformat(data)

                return voided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        voided_at = _parse_voided_at(d.pop("voided_at", UNSET))

        def _parse_due_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_on_type_0 = datetime.date.fromisoformat(data)

                return due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        due_on = _parse_due_on(d.pop("due_on", UNSET))

        _payment = d.pop("payment", UNSET)
        payment: NewPayment | Unset
        if isinstance(_payment, Unset):
            payment = UNSET
        else:
            payment = NewPayment.from_dict(_payment)

        refunds_issued = cast(list[str], d.pop("refunds_issued", UNSET))

        invoice = cls(
            id=id,
            client_id=client_id,
            location_id=location_id,
            visit_id=visit_id,
            status=status,
            lines=lines,
            subtotal=subtotal,
            discount_percent=discount_percent,
            discount=discount,
            total=total,
            tax_rate_percent=tax_rate_percent,
            tax=tax,
            paid=paid,
            refunded=refunded,
            due=due,
            payments=payments,
            refunds=refunds,
            issued_at=issued_at,
            voided_at=voided_at,
            due_on=due_on,
            payment=payment,
            refunds_issued=refunds_issued,
        )

        invoice.additional_properties = d
        return invoice

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
