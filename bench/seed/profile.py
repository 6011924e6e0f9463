"""Rows of the profile database: locations, clients, visits and notes."""

from __future__ import annotations

from bench.seed.plan import ClientPlan

TABLES = {
    "locations": ("id", "name", "timezone"),
    "clients": (
        "id",
        "first_name",
        "last_name",
        "email",
        "phone",
        "home_location_id",
        "tags",
        "categories",
        "last_visit_at",
        "next_visit_at",
        "created_at",
        "updated_at",
    ),
    "visits": (
        "id",
        "client_id",
        "starts_at",
        "ends_at",
        "service",
        "staff",
        "location_id",
        "status",
        "price_minor",
        "currency",
        "created_at",
        "updated_at",
    ),
    "notes": ("id", "client_id", "kind", "body", "pinned", "author_name", "created_at", "updated_at"),
}


def reference_rows(ctx) -> dict[str, list[tuple]]:
    return {"locations": [(location, f"Studio {n + 1}", "Europe/London") for n, location in enumerate(ctx.locations)]}


def rows(plans: list[ClientPlan], ctx) -> dict[str, list[tuple]]:
    clients, visits, notes = [], [], []
    for c in plans:
        past = [v[1] for v in c.visits if v[1] <= ctx.now and v[6] == "completed"]
        future = [v[1] for v in c.visits if v[1] > ctx.now and v[6] in ("booked", "confirmed")]
        clients.append(
            (
                c.id,
                c.first_name,
                c.last_name,
                c.email,
                c.phone,
                c.home_location,
                c.tags,
                c.categories,
                max(past, default=None),
                min(future, default=None),
                c.created_at,
                c.created_at,
            )
        )
        for visit_id, starts, ends, service, staff, location, status, price in c.visits:
            visits.append((visit_id, c.id, starts, ends, service, staff, location, status, price, ctx.currency, starts, starts))
        for note_id, kind, body, pinned, at in c.notes:
            notes.append((note_id, c.id, kind, body, pinned, "Front desk", at, at))
    return {"clients": clients, "visits": visits, "notes": notes}
