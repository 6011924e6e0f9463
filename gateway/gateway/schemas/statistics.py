"""Public schemas of a client's statistics over a period."""

from marshmallow import Schema, fields

from gateway.schemas.balance import money_out


class StatisticsArgs(Schema):
    date_from = fields.Date(data_key="from", load_default=None, metadata={"description": "first day (YYYY-MM-DD)"})
    date_to = fields.Date(data_key="to", load_default=None, metadata={"description": "last day, included"})


class MonthSchema(Schema):
    month = fields.String(metadata={"example": "2026-11"})
    revenue = money_out()
    invoices = fields.Integer()


class FavouriteSchema(Schema):
    name = fields.String()
    count = fields.Integer()
    amount = money_out()


class StatisticsSchema(Schema):
    client_id = fields.String()
    date_from = fields.String(data_key="from", attribute="from", allow_none=True, metadata={"format": "date"})
    date_to = fields.String(data_key="to", attribute="to", allow_none=True, metadata={"format": "date"})
    total_sales = money_out()
    total_paid = money_out(metadata={"description": "payments less refunds in the period"})
    total_refunded = money_out()
    outstanding = money_out()
    invoices_count = fields.Integer()
    visits_paid = fields.Integer()
    average_ticket = money_out()
    revenue_per_month = fields.List(fields.Nested(MonthSchema))
    favourite_services = fields.List(fields.Nested(FavouriteSchema))
    favourite_staff = fields.List(fields.Nested(FavouriteSchema))
