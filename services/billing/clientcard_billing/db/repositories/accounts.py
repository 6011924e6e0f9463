"""Client accounts, and the row locks that serialize every movement on one client."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from clientcard_billing.db.models import Account


class AccountRepository:
    def __init__(self, session: Session):
        self._session = session

    def open(self, client_id: uuid.UUID, currency: str) -> bool:
        """Open the client's account unless it exists; True when opened now."""
        result = self._session.execute(
            insert(Account)
            .values(id=uuid.uuid4(), client_id=client_id, currency=currency)
            .on_conflict_do_nothing(index_elements=["client_id"])
            .returning(Account.id)
        )
        return result.first() is not None

    def for_client(self, client_id: uuid.UUID) -> Account | None:
        return self._session.scalars(select(Account).where(Account.client_id == client_id)).first()

    def lock(self, client_ids: list[uuid.UUID]) -> dict[uuid.UUID, Account]:
        """`SELECT ... FOR UPDATE` the clients' accounts, always in one order so two movers never deadlock."""
        accounts = self._session.scalars(
            select(Account).where(Account.client_id.in_(client_ids)).order_by(Account.id).with_for_update()
        ).all()
        return {account.client_id: account for account in accounts}
