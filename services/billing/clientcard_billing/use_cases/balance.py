"""The client's balance: reading it with its entries, top-ups, manual adjustments, transfers of credit."""

from __future__ import annotations

from clientcard_billing import contracts
from clientcard_billing.db.uow import BillingUnitOfWork
from clientcard_billing.domain import ledger
from clientcard_billing.exceptions import BillingInvalid, ClientsNotLinked, InsufficientFunds
from clientcard_billing.use_cases.support import (
    BillingContext,
    amount_in,
    announce_balance,
    balance_of,
    idempotent_start,
    lock_accounts,
    parse_uuid,
    refuse_closed,
    require_account,
)
from clientcard_kit import cursors


def get_balance(
    uow: BillingUnitOfWork, client_id: str, ctx: BillingContext, *, limit: int = 50, cursor: str | None = None
) -> dict:
    """Balance, credit, outstanding and the entries, newest first. Raises ClientAccountNotFound (404)."""
    client_uuid = parse_uuid(client_id)
    before = cursors.decode(cursor, cursors.row_id)
    with uow:
        account = require_account(uow, client_uuid, ctx)
        uow.commit()  # keep an account opened on demand
        rows = uow.ledger.entries(account.id, limit=limit + 1, before_id=before[0] if before else None)
        page = rows[:limit]
        return {
            "client_id": str(client_uuid),
            "currency": account.currency,
            "account_open": True,
            **contracts.balance_view(balance_of(uow, account), account.currency),
            "entries": [contracts.entry_view(row) for row in page],
            "next_cursor": cursors.encode([page[-1].id]) if len(rows) > limit else None,
        }


def _movement_result(uow, account, transaction_id) -> dict:
    balance = announce_balance(uow, account, transaction_id)
    return {
        "transaction_id": str(transaction_id),
        "client_id": str(account.client_id),
        **contracts.balance_view(balance, account.currency),
    }


def top_up(
    uow: BillingUnitOfWork,
    client_id: str,
    deposit: dict,
    ctx: BillingContext,
    *,
    idempotency_key: str | None = None,
    request_hash: str | None = None,
) -> dict:
    """Add prepaid credit received by cash, card or bank transfer.

    Raises ClientAccountNotFound (404), BillingInvalid / CurrencyMismatch (422), IdempotencyKeyReused (409).
    """
    client_uuid = parse_uuid(client_id)
    with uow:
        replayed = idempotent_start(uow, idempotency_key, "top_up", request_hash)
        if replayed is not None:
            return replayed
        account = lock_accounts(uow, [require_account(uow, client_uuid, ctx).client_id])[client_uuid]
        amount = amount_in(deposit["amount"], account.currency)
        transaction_id = uow.ledger.post(
            "top_up",
            ledger.top_up(account.id, amount, account.currency, deposit["method"]),
            actor_id=ctx.actor_id,
            reason=deposit["reason"],
        )
        result = {**_movement_result(uow, account, transaction_id), "method": deposit["method"]}
        uow.idempotency.save(idempotency_key, "top_up", request_hash, result)
        uow.commit()
    return result


def adjust(
    uow: BillingUnitOfWork,
    client_id: str,
    correction: dict,
    ctx: BillingContext,
    *,
    idempotency_key: str | None = None,
    request_hash: str | None = None,
) -> dict:
    """A signed manual adjustment of the client's credit, with its reason (the gateway checks billing:adjust).

    Raises ClientAccountNotFound (404), BillingInvalid / CurrencyMismatch (422), IdempotencyKeyReused (409).
    """
    client_uuid = parse_uuid(client_id)
    with uow:
        replayed = idempotent_start(uow, idempotency_key, "adjust_balance", request_hash)
        if replayed is not None:
            return replayed
        account = lock_accounts(uow, [require_account(uow, client_uuid, ctx).client_id])[client_uuid]
        amount = amount_in(correction["amount"], account.currency, positive=False)
        transaction_id = uow.ledger.post(
            "adjustment",
            ledger.adjustment(account.id, amount, account.currency),
            actor_id=ctx.actor_id,
            reason=correction["reason"],
        )
        result = _movement_result(uow, account, transaction_id)
        uow.idempotency.save(idempotency_key, "adjust_balance", request_hash, result)
        uow.commit()
    return result


def transfer(
    uow: BillingUnitOfWork,
    client_id: str,
    transfer_order: dict,
    ctx: BillingContext,
    *,
    idempotency_key: str | None = None,
    request_hash: str | None = None,
) -> dict:
    """Move prepaid credit to a linked family member.

    Raises ClientAccountNotFound (404), ClientsNotLinked / InsufficientFunds / CurrencyMismatch (422),
    ClientClosed / IdempotencyKeyReused (409).
    """
    from_id, to_id = parse_uuid(client_id), transfer_order["to_client_id"]
    if from_id == to_id:
        raise BillingInvalid("A client cannot transfer to themselves", errors={"to_client_id": ["must be another client"]})
    with uow:
        replayed = idempotent_start(uow, idempotency_key, "transfer_credit", request_hash)
        if replayed is not None:
            return replayed
        # a closed (erased, merged-away) client is a 409 before links are asked: the lock checks it again
        refuse_closed(uow, [require_account(uow, from_id, ctx), require_account(uow, to_id, ctx)])
        if not ctx.profile.linked(str(from_id), str(to_id)):
            raise ClientsNotLinked("Credit moves only to a linked client", errors={"to_client_id": ["not linked to this client"]})
        accounts = lock_accounts(uow, [from_id, to_id])
        source, target = accounts[from_id], accounts[to_id]
        amount = amount_in(transfer_order["amount"], source.currency)
        if target.currency != source.currency:
            raise BillingInvalid("The accounts hold different currencies", errors={"to_client_id": ["other currency"]})
        if balance_of(uow, source).credit < amount:
            raise InsufficientFunds("The client's credit does not cover the transfer", errors={"amount": ["exceeds credit"]})
        transaction_id = uow.ledger.post(
            "transfer",
            ledger.transfer(source.id, target.id, amount, source.currency),
            actor_id=ctx.actor_id,
            reason=transfer_order["reason"],
        )
        result = {**_movement_result(uow, source, transaction_id), "to_client_id": str(to_id)}
        announce_balance(uow, target, transaction_id)
        uow.idempotency.save(idempotency_key, "transfer_credit", request_hash, result)
        uow.commit()
    return result
