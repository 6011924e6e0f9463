"""Search as staff type, on a real database: names without accents or case and with typos, phones
in any format, emails, card numbers, filters, sorts, cursors. A tag per test keeps tests apart."""

import uuid
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import sessionmaker

from clientcard_profile import decoding
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.exceptions import SearchInvalid
from clientcard_profile.use_cases import archive, clients, locations
from clientcard_profile.use_cases.search import search_clients


@pytest.fixture(scope="module")
def uow(profile_database_url):
    engine = sa.create_engine(profile_database_url)
    session_factory = sessionmaker(engine, expire_on_commit=False)
    yield lambda: ProfileUnitOfWork(session_factory, engine)
    with engine.begin() as conn:  # no relay ran here: keep these events from reaching later tests' listeners
        conn.execute(sa.text("UPDATE outbox_events SET published_at = now() WHERE published_at IS NULL"))
    engine.dispose()


@pytest.fixture
def tag():
    return f"t{uuid.uuid4().hex[:10]}"


def _create(uow, tag, **fields):
    return clients.create_client(uow(), {"first_name": "Someone", "tags": [tag], **fields}, region="GB")


def _names(uow, **args):
    return [
        f"{c['first_name']} {c['last_name']}" for c in search_clients(uow(), decoding.search_query(args), region="GB")["items"]
    ]


@pytest.mark.parametrize("query", ["zoe", "ZOË", "kowal", "zoe kowalczyk", "kowalczik", "Kowalcyk", "owalcz"])
def test_a_name_is_found_by_any_part_without_accents_or_case_and_with_typos(uow, tag, query):
    _create(uow, tag, first_name="Zoë", last_name="Kowalczyk")
    _create(uow, tag, first_name="Adam", last_name="Smith")

    assert _names(uow, q=query, tag=tag) == ["Zoë Kowalczyk"]


@pytest.mark.parametrize("query", ["07700 900456", "+44 7700 900456", "447700900456", "(07700) 900-456", "900456"])
def test_a_phone_is_found_in_any_format(uow, tag, query):
    _create(uow, tag, first_name="Phone", last_name="Owner", phone="+44 7700 900456")
    _create(uow, tag, first_name="Second", last_name="Line", additional_phone="07700 900999")

    assert _names(uow, q=query, tag=tag) == ["Phone Owner"]
    assert _names(uow, q="07700900999", tag=tag) == ["Second Line"]


def test_an_email_and_a_card_number_are_found(uow, tag):
    card = f"CC-{uuid.uuid4().hex[:6]}"
    _create(uow, tag, first_name="Mail", last_name="User", email="Mail.User@Example.com")
    _create(uow, tag, first_name="Card", last_name="Holder", card_number=card)

    assert _names(uow, q="mail.user@example.com", tag=tag) == ["Mail User"]
    assert _names(uow, q="@example.com", tag=tag) == ["Mail User"]
    assert _names(uow, q=card, tag=tag) == ["Card Holder"]


def test_archived_clients_are_left_out_unless_asked_for(uow, tag):
    kept = _create(uow, tag, last_name="Kept")
    gone = _create(uow, tag, last_name="Gone")
    archive.archive_client(uow(), gone["id"], now=datetime.now(UTC))

    assert _names(uow, tag=tag) == ["Someone Kept"]
    assert _names(uow, tag=tag, status="archived") == ["Someone Gone"]
    assert sorted(_names(uow, tag=tag, status="all")) == ["Someone Gone", "Someone Kept"]
    assert kept["status"] == "active"


def test_filters_by_category_location_and_birthday_month(uow, tag):
    location = locations.create_location(uow(), decoding.new_location({"name": "Leeds", "timezone": "Europe/London"}))
    _create(uow, tag, last_name="March", date_of_birth="1990-03-14", categories=["vip"], home_location_id=location["id"])
    _create(uow, tag, last_name="July", date_of_birth="1985-07-02")

    assert _names(uow, tag=tag, birthday_month=3) == ["Someone March"]
    assert _names(uow, tag=tag, category="vip") == ["Someone March"]
    assert _names(uow, tag=tag, location_id=location["id"]) == ["Someone March"]
    assert _names(uow, tag=tag, location_ids=[location["id"]]) == ["Someone March"]
    assert _names(uow, tag=tag, location_ids=[]) == []


def test_filters_by_last_visit(uow, tag):
    early, late = _create(uow, tag, last_name="Early"), _create(uow, tag, last_name="Late")
    _create(uow, tag, last_name="Never")
    with uow() as unit:
        for client, when in ((early, "2026-01-10T10:00:00+00:00"), (late, "2026-06-10T10:00:00+00:00")):
            unit.session.execute(
                sa.text("UPDATE clients SET last_visit_at = :at WHERE id = :id"), {"at": when, "id": client["id"]}
            )
        unit.commit()

    assert _names(uow, tag=tag, last_visit_before="2026-03-01T00:00:00+00:00") == ["Someone Early"]
    assert _names(uow, tag=tag, last_visit_after="2026-03-01T00:00:00+00:00") == ["Someone Late"]
    assert _names(uow, tag=tag, sort="-last_visit_at") == ["Someone Late", "Someone Early", "Someone Never"]


def test_cursor_pages_cover_every_client_once_in_order(uow, tag):
    for name in ("Delta", "alpha", "Charlie", "Bravo", "Echo"):
        _create(uow, tag, first_name=name, last_name="")

    seen, cursor = [], None
    while True:
        page = search_clients(uow(), decoding.search_query({"tag": tag, "limit": 2, "cursor": cursor}), region="GB")
        seen += [c["first_name"] for c in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break

    assert seen == ["alpha", "Bravo", "Charlie", "Delta", "Echo"]
    newest_first = search_clients(uow(), decoding.search_query({"tag": tag, "sort": "-created_at", "limit": 5}), region="GB")[
        "items"
    ]
    assert [c["first_name"] for c in newest_first] == ["Echo", "Bravo", "Charlie", "alpha", "Delta"]


def test_a_foreign_or_tampered_cursor_is_refused(uow, tag):
    _create(uow, tag)
    _create(uow, tag)
    cursor = search_clients(uow(), decoding.search_query({"tag": tag, "limit": 1}), region="GB")["next_cursor"]

    for bad in ("garbage", cursor + "x" if cursor else "x"):
        with pytest.raises(SearchInvalid):
            search_clients(uow(), decoding.search_query({"tag": tag, "cursor": bad}), region="GB")
    with pytest.raises(SearchInvalid):
        search_clients(uow(), decoding.search_query({"tag": tag, "sort": "-created_at", "cursor": cursor}), region="GB")


def test_bad_search_parameters_are_refused(uow):
    for args in ({"limit": 500}, {"status": "deleted"}, {"sort": "shoe_size"}, {"birthday_month": 13}):
        with pytest.raises(SearchInvalid):
            search_clients(uow(), decoding.search_query(args), region="GB")


def test_like_wildcards_in_a_query_match_themselves(uow, tag):
    _create(uow, tag, first_name="Percent", last_name="Sign")

    assert _names(uow, q="%%%", tag=tag) == []
    assert _names(uow, q="_", tag=tag) == []


def test_similar_names_are_offered_only_when_no_name_contains_the_words(uow, tag):
    _create(uow, tag, first_name="Jan", last_name="Kowalczyk")
    _create(uow, tag, first_name="Jan", last_name="Kowalski")

    assert _names(uow, q="kowalczyk", tag=tag) == ["Jan Kowalczyk"]
    assert _names(uow, q="kowalsky", tag=tag)[0] == "Jan Kowalski"


def test_similar_name_results_page_on_with_their_cursor(uow, tag):
    for n in range(3):
        _create(uow, tag, first_name=f"Pat{n}", last_name="Wojciechowski")

    first = search_clients(uow(), decoding.search_query({"q": "wojciehowski", "tag": tag, "limit": 2}), region="GB")
    second = search_clients(
        uow(), decoding.search_query({"q": "wojciehowski", "tag": tag, "limit": 2, "cursor": first["next_cursor"]}), region="GB"
    )

    names = [c["first_name"] for c in first["items"] + second["items"]]
    assert sorted(names) == ["Pat0", "Pat1", "Pat2"]
    assert second["next_cursor"] is None
