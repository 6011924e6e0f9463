"""A client's figures over a period: sales, paid, outstanding, visits paid, average ticket, months, favourites."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from clientcard_billing import contracts
from clientcard_billing.db.models import InvoiceLine
from clientcard_billing.db.uow import BillingUnitOfWork
from clientcard_billing.domain.statistics import add_up, average, months_with
from clientcard_billing.exceptions import BillingInvalid
from clientcard_billing.use_cases.support import BillingContext, parse_uuid


def _day_start(value: str | None, field: str) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.combine(date.fromisoformat(str(value)[:10]), time.min, tzinfo=UTC)
    except ValueError as error:
        raise BillingInvalid("Dates are YYYY-MM-DD", errors={field: ["not a date (YYYY-MM-DD)"]}) from error


def statistics(
    uow: BillingUnitOfWork, client_id: str, ctx: BillingContext, *, date_from: str | None = None, date_to: str | None = None
) -> dict:
    """Figures for invoices issued (and money moved) from `date_from` to `date_to`, both days included (UTC).

    Completed visits imported with a price count as settled sales on their day: in sales, paid,
    visits paid, the average ticket, revenue per month and the favourites (not in invoices_count).

    Raises BillingInvalid (422) for unreadable dates or a period that ends before it starts.
    """
    client_uuid = parse_uuid(client_id)
    start = _day_start(date_from, "from")
    last = _day_start(date_to, "to")
    # the day after 9999-12-31 does not exist: a period to the last day has no upper bound
    end = last + timedelta(days=1) if last and last.date() < date.max else None
    if start and last and last < start:
        raise BillingInvalid("The period ends before it starts", errors={"to": ["must not be before from"]})
    with uow:
        account = uow.accounts.for_client(client_uuid)
        currency = account.currency if account else ctx.currency
        invoices = uow.statistics.invoice_totals(client_uuid, start, end)
        history = uow.imported_sales
        imported = history.totals(client_uuid, start, end)
        sales, tickets = invoices["sales"] + imported["amount"], invoices["count"] + imported["count"]
        months = months_with(
            uow.statistics.revenue_per_month(client_uuid, start, end), history.per_month(client_uuid, start, end)
        )
        services = add_up(
            uow.statistics.favourite(InvoiceLine.description, client_uuid, start, end, top=None),
            history.favourite("service", client_uuid, start, end),
        )
        staff = add_up(
            uow.statistics.favourite(InvoiceLine.staff, client_uuid, start, end, top=None),
            history.favourite("staff", client_uuid, start, end),
        )
        return contracts.statistics_view(
            client_uuid,
            start.date() if start else None,
            last.date() if last else None,
            currency,
            sales=sales,
            paid=uow.statistics.paid(client_uuid, start, end) + imported["amount"],
            refunded=invoices["refunded"],
            outstanding=invoices["outstanding"],
            invoices_count=invoices["count"],
            visits_paid=invoices["visits_paid"] + imported["count"],
            average_ticket=average(sales, tickets),
            months=months,
            services=services,
            staff=staff,
        )
