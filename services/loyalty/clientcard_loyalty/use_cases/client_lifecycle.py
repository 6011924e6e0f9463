"""loyalty follows its clients through merges, their undo, and erasure."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert

from clientcard_loyalty import contracts
from clientcard_loyalty.db.models import CardTransaction, LoyaltyCard, PaymentEarning, PointLot, merge_moves
from clientcard_loyalty.db.uow import LoyaltyUnitOfWork
from clientcard_loyalty.use_cases import closed_clients, ledger

# every table whose rows belong to a client, and its key column
CLIENT_ROWS = ((LoyaltyCard, "id"), (PointLot, "id"), (CardTransaction, "id"), (PaymentEarning, "payment_id"))
MERGED_CARD, LOT_CARD = "merged_card", "lot_card"  # merge_moves entries that are not client re-pointing


class _Moves:
    """Writes what one merge moved, so its undo moves back exactly that."""

    def __init__(self, uow: LoyaltyUnitOfWork, merge_id, source, target):
        self._uow, self._row = uow, {"merge_id": merge_id, "from_client_id": source, "to_client_id": target}

    def record(self, kind: str, ids) -> None:
        if ids:
            self._uow.session.execute(
                insert(merge_moves)
                .values([{**self._row, "table_name": kind, "row_id": str(x)} for x in ids])
                .on_conflict_do_nothing()
            )


def move_to_survivor(uow: LoyaltyUnitOfWork, event: dict, *, now: datetime) -> int:
    """`client_merged`: the duplicate's cards, lots, history and payments join the survivor's; points add up.

    The survivor keeps one active loyalty card: when both have one, the duplicate's closes
    (status `merged`) and its lots move to the survivor's card. Returns how many rows moved.
    """
    source, target, merge_id = event["source_id"], event["client_id"], event["merge_id"]
    with uow:
        if not uow.inbox.claim(event["event_id"], handler="move_to_survivor"):
            return 0
        closed_clients.close(uow, source, "merged", target)
        moves = _Moves(uow, merge_id, source, target)
        kept, closed = uow.cards.active_loyalty_card(target), uow.cards.active_loyalty_card(source)
        if kept is not None and closed is not None:
            closed.status = "merged"  # before the move: a client never has two active loyalty cards
            uow.flush()
            moves.record(MERGED_CARD, [closed.id])
        moved = 0
        for model, key in CLIENT_ROWS:
            table = model.__table__
            ids = (
                uow.session.execute(
                    sa.update(table).where(table.c.client_id == source).values(client_id=target).returning(table.c[key])
                )
                .scalars()
                .all()
            )
            moves.record(table.name, ids)
            moved += len(ids)
        uow.session.expire_all()
        if kept is not None and closed is not None:
            lots = [lot for lot in uow.lots.for_client(target, for_update=True) if lot.card_id == closed.id]
            for lot in lots:
                lot.card_id = kept.id
            moves.record(LOT_CARD, [lot.id for lot in lots])
            note = uow.transactions.add(
                client_id=target,
                card_id=closed.id,
                type="merged",
                related_client_id=source,
                reason=f"points moved to card {kept.number}",
                occurred_at=now,
            )
            uow.flush()
            moves.record(CardTransaction.__tablename__, [note.id])
        ledger.recompute_tier(uow, target, now)
        ledger.recompute_tier(uow, source, now)
        uow.outbox.add("client_data_moved", contracts.client_data_moved(merge_id, target, source, undone=False))
        uow.commit()
        return moved


def move_back(uow: LoyaltyUnitOfWork, event: dict, *, now: datetime) -> int:
    """`client_merge_undone`: exactly what the merge moved goes back, and a closed card reopens; returns rows moved."""
    merge_id = event["merge_id"]
    with uow:
        if not uow.inbox.claim(event["event_id"], handler="move_back"):
            return 0
        closed_clients.reopen_merged(uow, event["source_id"])
        records = uow.session.execute(sa.select(merge_moves).where(merge_moves.c.merge_id == merge_id)).all()
        if not records:
            uow.commit()
            return 0
        source, target = records[0].from_client_id, records[0].to_client_id
        ids = {kind: [uuid.UUID(r.row_id) for r in records if r.table_name == kind] for kind in {r.table_name for r in records}}
        restored = 0
        for model, key in CLIENT_ROWS:
            table = model.__table__
            if ids.get(table.name):
                restored += uow.session.execute(
                    sa.update(table)
                    .where(table.c[key].in_(ids[table.name]), table.c.client_id == target)
                    .values(client_id=source)
                ).rowcount
        for closed_id in ids.get(MERGED_CARD, []):
            lots, cards = PointLot.__table__, LoyaltyCard.__table__
            if ids.get(LOT_CARD):
                uow.session.execute(sa.update(lots).where(lots.c.id.in_(ids[LOT_CARD])).values(card_id=closed_id))
            uow.session.execute(
                sa.update(cards).where(cards.c.id == closed_id, cards.c.status == "merged").values(status="active")
            )
        uow.session.execute(sa.delete(merge_moves).where(merge_moves.c.merge_id == merge_id))
        uow.session.expire_all()
        ledger.recompute_tier(uow, target, now)
        ledger.recompute_tier(uow, source, now)
        uow.outbox.add("client_data_moved", contracts.client_data_moved(merge_id, source, target, undone=True))
        uow.commit()
        return restored


def erase_client(uow: LoyaltyUnitOfWork, event: dict) -> int:
    """`client_erased`: names and free-text reasons go; points, amounts and dates stay as anonymous aggregates.

    Ids are random and carry no personal data, so the rows stay countable in statistics.
    Returns how many rows were scrubbed.
    """
    with uow:
        if not uow.inbox.claim(event["event_id"], handler="erase_client"):
            return 0
        scrubbed = _scrub(uow, event["client_id"])
        uow.commit()
        return scrubbed


def erase_client_data(uow: LoyaltyUnitOfWork, client_id: uuid.UUID) -> int:
    """The same erasure asked for directly (idempotent); returns how many rows were scrubbed."""
    with uow:
        scrubbed = _scrub(uow, client_id)
        uow.commit()
        return scrubbed


def _scrub(uow: LoyaltyUnitOfWork, client_id: uuid.UUID) -> int:
    cards, txs = LoyaltyCard.__table__, CardTransaction.__table__
    scrubbed = uow.session.execute(sa.update(cards).where(cards.c.client_id == client_id).values(holder_name=None)).rowcount
    scrubbed += uow.session.execute(sa.update(txs).where(txs.c.client_id == client_id).values(reason=None)).rowcount
    # answers kept for idempotent replays are card views too: a replay must not bring the name back
    uow.session.execute(
        sa.text(
            "UPDATE idempotency_records SET response = jsonb_set(response, '{holder_name}', 'null'::jsonb) "
            "WHERE response->>'client_id' = :client_id AND response ? 'holder_name'"
        ),
        {"client_id": str(client_id)},
    )
    closed_clients.close(uow, client_id, "erased")
    uow.outbox.add("client_data_erased", contracts.client_data_erased(client_id))
    return scrubbed
