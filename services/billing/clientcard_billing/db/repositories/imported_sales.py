"""Imported visit history: past sales an old system already settled, one row per visit `external_id`.

They are not ledger postings: the money changed hands before the chain came over, so they move no
balance and cannot be refunded here. They only make the client's figures (total spent, total
paid, statistics) whole from the first day.
"""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from clientcard_billing.db.models import ImportedSale, ImportedSaleMerge

COUNTED = "completed"  # a cancelled or missed visit sold nothing, whatever price the old system held


SALE_VALUES = (
    "client_id",
    "visit_id",
    "import_id",
    "occurred_at",
    "status",
    "amount_minor",
    "currency",
    "service",
    "staff",
    "location_id",
    "posted_at",
)
# a rerun with the very same visit changes nothing; a corrected one replaces what an older batch said
CHANGING = ("client_id", "occurred_at", "status", "amount_minor", "currency", "service", "staff", "location_id")


def _within(start: datetime | None, end: datetime | None) -> list:
    conditions = []
    if start is not None:
        conditions.append(ImportedSale.occurred_at >= start)
    if end is not None:
        conditions.append(ImportedSale.occurred_at < end)
    return conditions


class ImportedSaleRepository:
    def __init__(self, session: Session):
        self._session = session

    def upsert(self, sales: list[dict]) -> set[uuid.UUID]:
        """Write the sales (one statement); the clients whose history changed."""
        if not sales:
            return set()
        statement = insert(ImportedSale.__table__).values(sales)
        excluded = statement.excluded
        table = ImportedSale.__table__.c
        statement = statement.on_conflict_do_update(
            index_elements=["visit_external_id"],
            set_={column: excluded[column] for column in SALE_VALUES},
            # never older values over newer ones (a late redelivery), never a write that changes nothing
            where=sa.and_(
                table.posted_at <= excluded.posted_at,
                sa.tuple_(*(table[c] for c in CHANGING)).is_distinct_from(sa.tuple_(*(excluded[c] for c in CHANGING))),
            ),
        ).returning(table.client_id)
        return set(self._session.scalars(statement))

    def move_for_merge(self, merge_id: uuid.UUID, source_id: uuid.UUID, survivor_id: uuid.UUID) -> int:
        """The duplicate's imported sales become the survivor's (as its visits do in profile), remembered by merge."""
        keys = list(
            self._session.scalars(
                sa.select(ImportedSale.visit_external_id).where(ImportedSale.client_id == source_id).with_for_update()
            )
        )
        if keys:
            self._session.execute(
                sa.insert(ImportedSaleMerge.__table__),
                [{"merge_id": merge_id, "visit_external_id": key, "source_id": source_id} for key in keys],
            )
            self._session.execute(
                sa.update(ImportedSale).where(ImportedSale.visit_external_id.in_(keys)).values(client_id=survivor_id)
            )
        return len(keys)

    def move_back(self, merge_id: uuid.UUID, survivor_id: uuid.UUID) -> int:
        """Undo `move_for_merge`: the sales it moved (those still with the survivor) go back."""
        moved = (
            sa.select(ImportedSaleMerge.visit_external_id, ImportedSaleMerge.source_id)
            .where(ImportedSaleMerge.merge_id == merge_id)
            .subquery()
        )
        result = self._session.execute(
            sa.update(ImportedSale)
            .where(ImportedSale.visit_external_id == moved.c.visit_external_id, ImportedSale.client_id == survivor_id)
            .values(client_id=moved.c.source_id)
        )
        return result.rowcount

    def _counted(self, client_id: uuid.UUID, start: datetime | None, end: datetime | None) -> list:
        return [ImportedSale.client_id == client_id, ImportedSale.status == COUNTED, *_within(start, end)]

    def totals(self, client_id: uuid.UUID, start: datetime | None = None, end: datetime | None = None) -> dict:
        """`{count, amount}` of the client's imported sales in the period (all time by default)."""
        count, amount = self._session.execute(
            sa.select(sa.func.count(), sa.func.coalesce(sa.func.sum(ImportedSale.amount_minor), 0)).where(
                *self._counted(client_id, start, end)
            )
        ).one()
        return {"count": int(count), "amount": int(amount)}

    def per_month(self, client_id: uuid.UUID, start: datetime | None, end: datetime | None) -> list:
        """(YYYY-MM, amount) of the imported sales, as the invoices' revenue per month is."""
        month = sa.func.to_char(sa.func.timezone("UTC", ImportedSale.occurred_at), "YYYY-MM")
        return self._session.execute(
            sa.select(month, sa.func.sum(ImportedSale.amount_minor)).where(*self._counted(client_id, start, end)).group_by(month)
        ).all()

    def favourite(self, column_name: str, client_id: uuid.UUID, start: datetime | None, end: datetime | None) -> list:
        """(name, times, amount) per service or staff of the imported sales."""
        column = getattr(ImportedSale, column_name)
        return self._session.execute(
            sa.select(column, sa.func.count(), sa.func.sum(ImportedSale.amount_minor))
            .where(*self._counted(client_id, start, end), column.is_not(None))
            .group_by(column)
        ).all()
