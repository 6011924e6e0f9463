"""messaging's campaign segments, answered by profile: every tag and category named, the location, the last
visit period, active clients only, paged by id, with the address fields and the restriction flag."""

import uuid
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import sessionmaker

from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.exceptions import SearchInvalid
from clientcard_profile.use_cases import archive, clients
from clientcard_profile.use_cases.segments import find_segment_clients


@pytest.fixture(scope="module")
def uow(profile_database_url):
    engine = sa.create_engine(profile_database_url)
    session_factory = sessionmaker(engine, expire_on_commit=False)
    yield lambda: ProfileUnitOfWork(session_factory, engine)
    with engine.begin() as conn:  # no relay ran here: keep these events from reaching later tests' listeners
        conn.execute(sa.text("UPDATE outbox_events SET published_at = now() WHERE published_at IS NULL"))
    engine.dispose()


def test_a_segment_takes_active_clients_with_every_tag_named_a_page_at_a_time(uow):
    tag, other = f"s{uuid.uuid4().hex[:8]}", f"o{uuid.uuid4().hex[:8]}"
    both = [
        clients.create_client(uow(), {"first_name": f"B{i}", "tags": [tag, other], "email": f"b{i}@example.com"}, region="GB")[
            "id"
        ]
        for i in range(3)
    ]
    clients.create_client(uow(), {"first_name": "One tag", "tags": [tag]}, region="GB")
    shelved = clients.create_client(uow(), {"first_name": "Shelved", "tags": [tag, other]}, region="GB")
    archive.archive_client(uow(), shelved["id"], now=datetime.now(UTC))

    first = find_segment_clients(uow(), {"tags": [tag, other]}, None, 2)
    rest = find_segment_clients(uow(), {"tags": [tag, other]}, first[-1]["id"], 2)

    assert sorted(c["id"] for c in first + rest) == sorted(both)
    assert {c["email"] for c in first + rest} == {"b0@example.com", "b1@example.com", "b2@example.com"}
    assert all(c["restricted"] is False for c in first + rest)


def test_a_malformed_segment_is_refused(uow):
    with pytest.raises(SearchInvalid):
        find_segment_clients(uow(), {"location_id": "not-a-uuid"}, None, 10)
