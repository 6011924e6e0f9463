"""billing obeys profile's client lifecycle: a new client gets an account, merges (and their undo) move it,
erasure keeps the books."""

from __future__ import annotations

from collections import Counter

from clientcard_billing import contracts
from clientcard_billing.db.models import MoneyMerge
from clientcard_billing.db.uow import BillingUnitOfWork
from clientcard_billing.domain import ledger
from clientcard_billing.use_cases.support import BillingContext, announce_balance, lock_accounts


def open_account_for_new_client(uow: BillingUnitOfWork, event: dict, *, currency: str) -> None:
    """Open the new client's account, once, however often `client_created` is delivered."""
    with uow:
        if not uow.inbox.claim(event["event_id"], handler="open_account_for_new_client"):
            return
        if uow.accounts.open(event["client_id"], currency):
            uow.outbox.add("account_opened", contracts.account_opened(event["client_id"], currency))
        uow.commit()


def merge_clients(uow: BillingUnitOfWork, event: dict, ctx: BillingContext) -> None:
    """Move the duplicate's credit and receivable to the survivor (a transfer transaction, so every entry
    stays), re-point its invoices, payments, cards and imported sales, and record all of it under `merge_id`."""
    survivor_id, source_id = event["client_id"], event["source_id"]
    with uow:
        if not uow.inbox.claim(event["event_id"], handler="merge_clients"):
            return
        if uow.merges.get(event["merge_id"]) is not None or survivor_id == source_id:
            uow.commit()
            return
        uow.accounts.open(survivor_id, ctx.currency)
        uow.accounts.open(source_id, ctx.currency)
        accounts = lock_accounts(uow, [survivor_id, source_id], writable=False)
        survivor, source = accounts[survivor_id], accounts[source_id]
        moved = {account: total for account, total in uow.ledger.sums(source.id).items() if total}
        transaction_id = None
        if moved:
            transaction_id = uow.ledger.post(
                "merge",
                ledger.move_balances(moved, source.id, survivor.id, source.currency),
                actor_id=ctx.actor_id,
                reason=f"merge {event['merge_id']}",
            )
        invoice_ids, payment_ids = uow.invoices.ids_for_client(source_id)
        card_ids = [card.id for card in uow.cards.for_client(source_id)]
        uow.invoices.repoint(client_id=survivor_id, invoice_ids=invoice_ids, payment_ids=payment_ids)
        uow.cards.repoint(card_ids, survivor_id)
        uow.imported_sales.move_for_merge(event["merge_id"], source_id, survivor_id)
        uow.merges.add(
            MoneyMerge(
                merge_id=event["merge_id"],
                client_id=survivor_id,
                source_id=source_id,
                moved=moved,
                invoice_ids=invoice_ids,
                payment_ids=payment_ids,
                card_ids=card_ids,
                transaction_id=transaction_id,
            )
        )
        if transaction_id:
            announce_balance(uow, survivor, transaction_id)
            announce_balance(uow, source, transaction_id)
        # invoices moved too: the card's totals change even when no balance did
        uow.outbox.add("client_data_moved", contracts.client_data_moved(event["merge_id"], survivor_id, source_id, undone=False))
        uow.commit()


def undo_merge(uow: BillingUnitOfWork, event: dict, ctx: BillingContext) -> None:
    """Move back what `merge_id` moved (the same amounts, invoices, payments and cards) and what happened on
    the moved invoices while merged: payments, refunds and voids, with what they did to the survivor's
    accounts, go with the invoice to the client it belongs to."""
    with uow:
        if not uow.inbox.claim(event["event_id"], handler="undo_merge"):
            return
        move = uow.merges.get(event["merge_id"], lock=True)
        if move is None or move.undone_at is not None:
            uow.commit()
            return
        accounts = lock_accounts(uow, [move.client_id, move.source_id], writable=False)
        survivor, source = accounts[move.client_id], accounts[move.source_id]
        while_merged = uow.ledger.posted_on_invoices_after(move.invoice_ids, move.transaction_id, move.merged_at)
        back = Counter(move.moved)
        back.update(uow.ledger.sums(survivor.id, while_merged))
        if any(back.values()):
            move.undo_transaction_id = uow.ledger.post(
                "merge_undo",
                ledger.move_balances(dict(back), survivor.id, source.id, survivor.currency),
                actor_id=ctx.actor_id,
                reason=f"undo merge {move.merge_id}",
                reverses_id=move.transaction_id,
            )
            announce_balance(uow, survivor, move.undo_transaction_id)
            announce_balance(uow, source, move.undo_transaction_id)
        payments = [*move.payment_ids, *uow.invoices.payments_by(move.client_id, while_merged)]
        uow.invoices.repoint(client_id=move.source_id, invoice_ids=move.invoice_ids, payment_ids=payments)
        uow.cards.repoint(move.card_ids, move.source_id)
        uow.imported_sales.move_back(move.merge_id, move.client_id)
        move.undone_at = ctx.now
        uow.outbox.add(
            "client_data_moved", contracts.client_data_moved(move.merge_id, move.source_id, move.client_id, undone=True)
        )
        uow.commit()


def erase_client(uow: BillingUnitOfWork, event: dict, ctx: BillingContext) -> None:
    """Obey `client_erased`, once however often it is delivered."""
    with uow:
        if not uow.inbox.claim(event["event_id"], handler="erase_client"):
            return
        _erase(uow, event["client_id"], ctx)
        uow.outbox.add("client_data_erased", {"client_id": str(event["client_id"])})  # profile tracks the erasure
        uow.commit()


def erase_client_data(uow: BillingUnitOfWork, client_id, ctx: BillingContext) -> int:
    """Drop personal data (cards on file, reasons typed by staff) and keep every amount of the books.

    Idempotent; returns how many records were erased."""
    with uow:
        erased = _erase(uow, client_id, ctx)
        uow.commit()
    return erased


def _erase(uow: BillingUnitOfWork, client_id, ctx: BillingContext) -> int:
    erased = uow.cards.delete_for_client(client_id)
    account = uow.accounts.for_client(client_id)
    if account is not None:
        erased += uow.ledger.erase_memos(account.id)
        account.erased_at = account.erased_at or ctx.now
    return erased
