"""The ledger: transactions and their entries are only ever inserted."""

from __future__ import annotations

import uuid
from collections import defaultdict

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientcard_billing.db.models import LedgerEntry, LedgerTransaction, TransactionMemo
from clientcard_billing.domain.ledger import Entry, assert_balanced


class LedgerRepository:
    def __init__(self, session: Session):
        self._session = session

    def post(
        self,
        kind: str,
        entries: list[Entry],
        *,
        invoice_id=None,
        actor_id: str | None = None,
        reason: str | None = None,
        reverses_id=None,
    ) -> uuid.UUID:
        """Insert one balanced transaction; the database checks the sum again at commit."""
        entries = assert_balanced(entries)
        transaction_id = uuid.uuid4()
        self._session.execute(
            sa.insert(LedgerTransaction).values(
                id=transaction_id, kind=kind, invoice_id=invoice_id, actor_id=actor_id, reverses_id=reverses_id
            )
        )
        self._session.execute(
            sa.insert(LedgerEntry),
            [
                {
                    "transaction_id": transaction_id,
                    "account": e.account,
                    "account_id": e.account_id,
                    "amount_minor": e.amount_minor,
                    "currency": e.currency,
                }
                for e in entries
            ],
        )
        if reason:
            self._session.execute(sa.insert(TransactionMemo).values(transaction_id=transaction_id, reason=reason))
        return transaction_id

    def sums(self, account_id: uuid.UUID, transaction_ids: list[uuid.UUID] | None = None) -> dict[str, int]:
        """What each client account (credit, receivable) of one client sums to (over these transactions only)."""
        query = sa.select(LedgerEntry.account, sa.func.sum(LedgerEntry.amount_minor)).where(LedgerEntry.account_id == account_id)
        if transaction_ids is not None:
            query = query.where(LedgerEntry.transaction_id.in_(transaction_ids))
        rows = self._session.execute(query.group_by(LedgerEntry.account)).all()
        sums: dict[str, int] = defaultdict(int)
        for account, total in rows:
            sums[account] = int(total)
        return dict(sums)

    def posted_on_invoices_after(self, invoice_ids: list, transaction_id: uuid.UUID | None, since) -> list[uuid.UUID]:
        """The movements on these invoices posted after `transaction_id` committed (entry ids are drawn when
        written, and a movement touching the same accounts waits for that commit), or from `since` without one."""
        query = sa.select(LedgerTransaction.id).where(LedgerTransaction.invoice_id.in_(invoice_ids or [None]))
        if transaction_id is None:
            query = query.where(LedgerTransaction.created_at >= since)
        else:
            last = sa.select(sa.func.max(LedgerEntry.id)).where(LedgerEntry.transaction_id == transaction_id)
            later = sa.select(LedgerEntry.transaction_id).where(LedgerEntry.id > last.scalar_subquery())
            query = query.where(LedgerTransaction.id.in_(later))
        return list(self._session.scalars(query).all())

    def entries(self, account_id: uuid.UUID, *, limit: int, before_id: int | None = None) -> list:
        """The client's entries, newest first, with their transaction's kind, reason and time."""
        query = (
            sa.select(
                LedgerEntry.id,
                LedgerEntry.transaction_id,
                LedgerEntry.account,
                LedgerEntry.amount_minor,
                LedgerEntry.currency,
                LedgerTransaction.kind,
                LedgerTransaction.invoice_id,
                LedgerTransaction.created_at,
                TransactionMemo.reason,
            )
            .join(LedgerTransaction, LedgerTransaction.id == LedgerEntry.transaction_id)
            .outerjoin(TransactionMemo, TransactionMemo.transaction_id == LedgerEntry.transaction_id)
            .where(LedgerEntry.account_id == account_id)
            .order_by(LedgerEntry.id.desc())
            .limit(limit)
        )
        if before_id is not None:
            query = query.where(LedgerEntry.id < before_id)
        return self._session.execute(query).all()

    def erase_memos(self, account_id: uuid.UUID) -> int:
        """Drop the reasons of the client's movements (they may name people); the books stay."""
        touched = sa.select(LedgerEntry.transaction_id).where(LedgerEntry.account_id == account_id)
        result = self._session.execute(sa.delete(TransactionMemo).where(TransactionMemo.transaction_id.in_(touched)))
        return result.rowcount
