"""A handler claims an event once, in the transaction of its effect: a rolled-back claim can be made again."""

import uuid

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import sessionmaker

from clientcard_kit.inbox import Inbox
from clientcard_kit.tables import metadata
from clientcard_kit.testing import infra


@pytest.fixture(scope="module")
def sessions(postgres_admin_url):
    name = f"kit_inbox_{infra.run_suffix()}"
    url = infra.create_database(postgres_admin_url, name)
    engine = sa.create_engine(url)
    metadata.create_all(engine)
    yield sessionmaker(engine)
    engine.dispose()
    infra.drop_database(postgres_admin_url, name)


def _claim(sessions, event_id, handler: str, *, commit: bool = True) -> bool:
    with sessions() as session:
        claimed = Inbox(session).claim(event_id, handler=handler)
        if commit:
            session.commit()
        else:
            session.rollback()
        return claimed


def test_a_handler_claims_an_event_once_and_another_handler_claims_it_too(sessions):
    event_id = uuid.uuid4()

    assert _claim(sessions, event_id, "apply_merge:files")
    assert not _claim(sessions, str(event_id), "apply_merge:files")  # the redelivery, its id as text
    assert _claim(sessions, event_id, "card_projector")


def test_a_claim_whose_transaction_rolled_back_is_made_again(sessions):
    event_id = uuid.uuid4()

    assert _claim(sessions, event_id, "on_client_created", commit=False)
    assert _claim(sessions, event_id, "on_client_created")
    assert not _claim(sessions, event_id, "on_client_created")
