"""Loyalty's timeline reads one page of a client's history, however long it is: each kind (the type of the
card a transaction belongs to, which every transaction carries) is one keyset index range."""

import uuid

import sqlalchemy as sa
from sqlalchemy.orm import sessionmaker

from clientcard_kit.testing.query_plans import rows_read
from clientcard_loyalty.db.uow import LoyaltyUnitOfWork
from clientcard_loyalty.use_cases import timeline

HISTORY = 3000  # points transactions of one loyalty card
LIMIT = 51

# written as an import or an old system would: no card_type, which the database fills in
SEED = """
WITH card AS (
    INSERT INTO loyalty_cards (id, client_id, type, number) VALUES (gen_random_uuid(), :client, 'loyalty', :number)
    RETURNING id, client_id
)
INSERT INTO card_transactions (id, client_id, card_id, type, points, occurred_at)
SELECT gen_random_uuid(), card.client_id, card.id, 'earn', 10, now() - g * interval '1 hour'
FROM card, generate_series(1, :n) g
"""


def page(engine, client_id, kinds=None, before=None) -> list[dict]:
    uow = LoyaltyUnitOfWork(sessionmaker(engine, expire_on_commit=False), engine)
    return timeline.timeline_page(uow, client_id, kinds, before, None, None, LIMIT)


def test_a_page_deep_in_a_long_history_reads_one_page_of_each_kind(loyalty, new_client_id):
    gift = loyalty.call("issue_card", new_client_id, {"type": "gift_card", "initial_value": {"amount": 5_000, "currency": "GBP"}})
    client = uuid.UUID(new_client_id)
    with loyalty.engine.begin() as conn:
        conn.execute(sa.text(SEED), {"client": client, "number": f"L{uuid.uuid4().hex[:12]}", "n": HISTORY})
        conn.execute(sa.text("ANALYZE card_transactions"))
        deep = conn.execute(
            sa.text(
                "SELECT occurred_at, id FROM card_transactions WHERE client_id = :c "
                "ORDER BY occurred_at DESC, id DESC OFFSET :half LIMIT 1"
            ),
            {"c": client, "half": HISTORY // 2},
        ).one()
    before = [deep.occurred_at.isoformat(), str(deep.id)]

    # the gift card's issue, written through the service, got its card's type: its kind
    gift_cards = page(loyalty.engine, new_client_id, ["gift_card"])
    assert [(item["kind"], item["data"]["number"]) for item in gift_cards] == [("gift_card", gift["number"])]
    deep_page = page(loyalty.engine, new_client_id, before=before)
    assert len(deep_page) == LIMIT and {item["kind"] for item in deep_page} == {"points"}

    read = rows_read(loyalty.engine, lambda: page(loyalty.engine, new_client_id, before=before))
    # four kinds, each at most a page of its own index range; not the client's HISTORY transactions
    assert 0 < read["card_transactions"] <= 4 * (LIMIT + 1), read
    assert read["loyalty_cards"] <= 4 * (LIMIT + 1), read
