"""Where each of a client's invoices was issued (from billing's `invoice_issued`): a location-limited caller
sees the clients invoiced at its locations."""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from clientcard_profile.db.models import InvoiceLocation


class InvoiceLocationRepository:
    def __init__(self, session: Session):
        self._session = session

    def record(self, invoice_id: uuid.UUID, client_id: uuid.UUID, location_id: uuid.UUID | None) -> None:
        """Remember the invoice once; a second event for the same invoice changes nothing."""
        self._session.execute(
            insert(InvoiceLocation)
            .values(invoice_id=invoice_id, client_id=client_id, location_id=location_id)
            .on_conflict_do_nothing(index_elements=["invoice_id"])
        )

    def get(self, invoice_id: uuid.UUID) -> InvoiceLocation | None:
        return self._session.get(InvoiceLocation, invoice_id)

    def ids_of_client(self, client_id: uuid.UUID) -> list[uuid.UUID]:
        """Every invoice of the client (a merge moves them all)."""
        return list(self._session.scalars(sa.select(InvoiceLocation.invoice_id).where(InvoiceLocation.client_id == client_id)))

    def reassign(self, invoice_ids: list[uuid.UUID], *, from_client: uuid.UUID, to_client: uuid.UUID) -> int:
        if not invoice_ids:
            return 0
        result = self._session.execute(
            sa.update(InvoiceLocation)
            .where(InvoiceLocation.invoice_id.in_(invoice_ids), InvoiceLocation.client_id == from_client)
            .values(client_id=to_client)
        )
        return result.rowcount
