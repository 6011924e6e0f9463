"""Writes to an erased or merged-away client are refused (409): the books of such a client are closed."""

from __future__ import annotations

import sqlalchemy as sa

from clientcard_billing.db.models import Account, MoneyMerge
from clientcard_billing.db.uow import BillingUnitOfWork
from clientcard_billing.exceptions import ClientClosed


def refuse_closed(uow: BillingUnitOfWork, accounts: list[Account]) -> None:
    """Raise ClientClosed (409) when one of the accounts' clients was erased, or merged into another."""
    for account in accounts:
        if account.erased_at is not None:
            raise ClientClosed(f"Client {account.client_id} was erased; nothing more can be recorded for them")
    merged = uow.session.execute(
        sa.select(MoneyMerge.source_id, MoneyMerge.client_id)
        .where(MoneyMerge.source_id.in_([account.client_id for account in accounts]), MoneyMerge.undone_at.is_(None))
        .limit(1)
    ).first()
    if merged is not None:
        raise ClientClosed(f"Client {merged.source_id} was merged into {merged.client_id}; record it there")
