"""Imported opening balances: written once per key, linked to every import that named them."""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from clientcard_billing.db.models import Account, LedgerEntry, LedgerTransaction, OpeningBalance, OpeningBalanceImport


class OpeningBalanceRepository:
    def __init__(self, session: Session):
        self._session = session

    def open_accounts(self, client_ids: list[uuid.UUID], currency: str) -> list[uuid.UUID]:
        """Open the accounts that do not exist yet (one statement); the clients whose account opened now."""
        if not client_ids:
            return []
        rows = self._session.execute(
            insert(Account.__table__).on_conflict_do_nothing(index_elements=["client_id"]).returning(Account.client_id),
            [{"id": uuid.uuid4(), "client_id": client_id, "currency": currency} for client_id in client_ids],
        )
        return [row[0] for row in rows]

    def accounts(self, client_ids: list[uuid.UUID]) -> dict[uuid.UUID, Account]:
        """The clients' accounts, locked in one order (as every other movement locks them)."""
        rows = self._session.scalars(
            sa.select(Account).where(Account.client_id.in_(client_ids)).order_by(Account.id).with_for_update()
        )
        return {account.client_id: account for account in rows}

    def posted_keys(self, keys: list[str]) -> set[str]:
        if not keys:
            return set()
        return set(self._session.scalars(sa.select(OpeningBalance.key).where(OpeningBalance.key.in_(keys))))

    def add(self, postings: list[dict], transactions: list[dict], entries: list[dict]) -> None:
        """Insert the transactions, their entries and the postings naming them, one statement each."""
        if not postings:
            return
        # RETURNING makes SQLAlchemy batch the rows into a few multi-row INSERTs ("insertmanyvalues");
        # a plain executemany on psycopg 3 waits for the server once per row
        self._session.execute(sa.insert(LedgerTransaction.__table__).returning(LedgerTransaction.id), transactions)
        self._session.execute(sa.insert(LedgerEntry.__table__).returning(LedgerEntry.id), entries)
        self._session.execute(sa.insert(OpeningBalance.__table__).returning(OpeningBalance.key), postings)

    def link(self, import_id: uuid.UUID, keys: list[str]) -> None:
        if keys:
            self._session.execute(
                insert(OpeningBalanceImport.__table__).on_conflict_do_nothing().returning(OpeningBalanceImport.key),
                [{"import_id": import_id, "key": key} for key in keys],
            )

    def balances(self, account_ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
        """Each account's balance (credit minus outstanding: the sum of its entries)."""
        rows = self._session.execute(
            sa.select(LedgerEntry.account_id, sa.func.sum(LedgerEntry.amount_minor))
            .where(LedgerEntry.account_id.in_(account_ids))
            .group_by(LedgerEntry.account_id)
        )
        return {account_id: int(total) for account_id, total in rows}

    def totals(self, import_id: uuid.UUID) -> dict:
        """What the ledger holds for the balances an import named: clients, positive and negative sums."""
        client_side = (
            sa.select(LedgerEntry.amount_minor.label("amount"), OpeningBalance.client_id, OpeningBalance.currency)
            .join(OpeningBalance, OpeningBalance.transaction_id == LedgerEntry.transaction_id)
            .join(OpeningBalanceImport, OpeningBalanceImport.key == OpeningBalance.key)
            .where(OpeningBalanceImport.import_id == import_id, LedgerEntry.account_id.is_not(None))
            .subquery()
        )
        row = self._session.execute(
            sa.select(
                sa.func.count(sa.distinct(client_side.c.client_id)),
                sa.func.coalesce(sa.func.sum(client_side.c.amount).filter(client_side.c.amount > 0), 0),
                sa.func.coalesce(sa.func.sum(client_side.c.amount).filter(client_side.c.amount < 0), 0),
                sa.func.min(client_side.c.currency),
            )
        ).one()
        return {"clients": int(row[0]), "positive_minor": int(row[1]), "negative_minor": int(row[2]), "currency": row[3]}
