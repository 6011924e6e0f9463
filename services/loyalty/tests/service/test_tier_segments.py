"""messaging's campaign segments by tier, answered by loyalty: the clients whose current tier it is."""

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.orm import sessionmaker

from clientcard_loyalty.db.uow import LoyaltyUnitOfWork
from clientcard_loyalty.use_cases.segments import clients_in_tier

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def test_a_tier_segment_names_exactly_the_clients_in_that_tier(loyalty_database_url):
    engine = sa.create_engine(loyalty_database_url)
    uow = LoyaltyUnitOfWork(sessionmaker(engine, expire_on_commit=False), engine)
    tier = f"gold-{uuid.uuid4().hex[:6]}"
    gold, plain, lapsed = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    with uow:
        for client, its_tier in ((gold, tier), (plain, "silver"), (lapsed, None)):
            uow.tiers.set(client, its_tier, NOW)
        uow.commit()

    assert clients_in_tier(uow, tier) == [str(gold)]
    engine.dispose()
