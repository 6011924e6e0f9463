"""Visit history brought by profile's `kind=visits` imports: each priced visit recorded once as a settled past sale.

Why billing and not profile: total spent, total paid and the statistics are billing's figures, and
they must count the old system's sales the way they count invoices (per period, month, service,
staff). Why not invoices: those money movements happened before the chain came over, so they are
kept apart from the ledger; nothing here moves a balance, earns points, or can be refunded.
Keyed by the visit's `external_id`: a redelivered batch, a rerun of the file or a restart halfway
records nothing twice.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from clientcard_billing.db.uow import BillingUnitOfWork

HANDLER = "record_imported_sales"
PART = "sale"


def _sale(row: dict, import_id: uuid.UUID, posted_at: datetime) -> dict:
    sale = row["parts"][PART]
    optional_uuid = lambda value: uuid.UUID(value) if value else None  # noqa: E731
    return {
        "visit_external_id": row["external_id"],
        "client_id": uuid.UUID(row["client_id"]),
        "visit_id": optional_uuid(sale.get("visit_id")),
        "import_id": import_id,
        "occurred_at": datetime.fromisoformat(sale["starts_at"]),
        "status": sale["status"],
        "amount_minor": int(sale["amount_minor"]),
        "currency": sale["currency"],
        "service": sale.get("service"),
        "staff": sale.get("staff"),
        "location_id": optional_uuid(sale.get("location_id")),
        "posted_at": posted_at,
    }


def record_imported_sales(uow: BillingUnitOfWork, event: dict) -> int:
    """Record the batch's priced visits; returns how many clients' figures changed."""
    rows = [row for row in event["rows"] if (row.get("parts") or {}).get(PART)]
    if not rows:
        return 0  # a batch of client parts: nothing of this handler's
    posted_at = event["occurred_at"]  # when profile posted the chunk: orders two imports of one visit
    with uow:
        if not uow.inbox.claim(event["event_id"], handler=HANDLER):
            return 0
        import_id = uuid.UUID(event["import_id"])
        changed = uow.imported_sales.upsert([_sale(row, import_id, posted_at) for row in rows])
        # the card's cached billing section goes stale; flagged `imported`, so webhooks and notices skip it
        uow.outbox.add_many(
            [
                ("imported_sales_recorded", {"client_id": str(client_id), "imported": True})
                for client_id in sorted(changed, key=str)
            ]
        )
        uow.commit()
    return len(changed)
