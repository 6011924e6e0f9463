"""The client record on a real database: validation that changes nothing, concurrency, card numbers,
blocks, family links and the audit trail."""

import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import sessionmaker

from clientcard_kit.providers import CallContext
from clientcard_profile import decoding
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.exceptions import (
    CardNumberTaken,
    ClientArchived,
    ClientInvalid,
    ClientVersionMismatch,
    CustomFieldKeyTaken,
)
from clientcard_profile.use_cases import archive, audit, clients, custom_fields, locations

SERVICE_DIR = Path(__file__).resolve().parents[2]
CONTEXT = CallContext("req-record-1", "key-1", "Front desk")
NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def _factory(url):
    engine = sa.create_engine(url)
    session_factory = sessionmaker(engine, expire_on_commit=False)
    return engine, lambda: ProfileUnitOfWork(session_factory, engine)


@pytest.fixture(scope="module")
def uow(profile_database_url):
    engine, make = _factory(profile_database_url)
    yield make
    with engine.begin() as conn:  # no relay ran here: keep these events from reaching later tests' listeners
        conn.execute(sa.text("UPDATE outbox_events SET published_at = now() WHERE published_at IS NULL"))
    engine.dispose()


def _key(prefix="f"):
    return f"{prefix}_{uuid.uuid4().hex[:8]}"


def _create(uow, **fields):
    payload = {"first_name": "Ann", "last_name": uuid.uuid4().hex[:8], **fields}
    return clients.create_client(uow(), payload, region="GB", context=CONTEXT)


def _count_clients(uow) -> int:
    with uow() as unit:
        return unit.session.scalar(sa.text("SELECT count(*) FROM clients"))


def test_custom_field_values_are_checked_against_their_types(uow):
    keys = {kind: _key(kind) for kind in ("text", "number", "date", "boolean", "email", "phone")}
    for kind, key in keys.items():
        custom_fields.define_custom_field(uow(), decoding.new_custom_field({"label": key, "key": key, "type": kind}))
    colour = _key("colour")
    custom_fields.define_custom_field(
        uow(), decoding.new_custom_field({"label": "Colour", "key": colour, "type": "select", "options": ["red"]})
    )

    client = _create(
        uow,
        custom_fields={
            keys["text"]: "hello",
            keys["number"]: 4.5,
            keys["date"]: "2026-01-31",
            keys["boolean"]: True,
            keys["email"]: "a@example.com",
            keys["phone"]: "07700 900123",
            colour: "red",
        },
    )

    assert client["custom_fields"][keys["phone"]] == "+447700900123"
    assert client["custom_fields"][keys["number"]] == 4.5
    wrong = {
        keys["text"]: 3,
        keys["number"]: "4",
        keys["date"]: "31/01/2026",
        keys["boolean"]: "yes",
        keys["email"]: "nope",
        keys["phone"]: "not a phone",
        colour: "blue",
    }
    with pytest.raises(ClientInvalid) as raised:
        _create(uow, custom_fields=wrong)
    assert set(raised.value.errors) == {f"custom_fields.{key}" for key in wrong}


def test_an_unknown_custom_field_is_refused_and_nothing_is_created(uow):
    before = _count_clients(uow)

    with pytest.raises(ClientInvalid) as raised:
        _create(uow, custom_fields={"no_such_field": 1})

    assert raised.value.errors == {"custom_fields.no_such_field": ["unknown custom field"]}
    assert _count_clients(uow) == before


def test_a_required_custom_field_is_needed_on_create_but_not_on_unrelated_updates(migrated_database):
    # a database of its own: a required field would refuse every other test's clients
    engine, private = _factory(migrated_database("profile", SERVICE_DIR / "alembic.ini"))
    client = clients.create_client(private(), {"first_name": "Before"}, region="GB")
    custom_fields.define_custom_field(
        private(), decoding.new_custom_field({"label": "Membership no", "type": "text", "required": True})
    )

    with pytest.raises(ClientInvalid) as raised:
        clients.create_client(private(), {"first_name": "After"}, region="GB")
    assert raised.value.errors == {"custom_fields.membership_no": ["required"]}
    assert clients.update_client(private(), client["id"], {"last_name": "Ok"}, region="GB")["last_name"] == "Ok"
    with pytest.raises(ClientInvalid):
        clients.update_client(private(), client["id"], {"custom_fields": {"membership_no": None}}, region="GB")
    engine.dispose()


def test_a_custom_field_key_is_unique(uow):
    key = _key()
    custom_fields.define_custom_field(uow(), decoding.new_custom_field({"label": "x", "key": key, "type": "text"}))

    with pytest.raises(CustomFieldKeyTaken):
        custom_fields.define_custom_field(uow(), decoding.new_custom_field({"label": "y", "key": key, "type": "number"}))


def test_a_bad_update_changes_nothing(uow):
    client = _create(uow, phone="07700 900123")

    with pytest.raises(ClientInvalid) as raised:
        clients.update_client(
            uow(),
            client["id"],
            {"first_name": "Changed", "phone": "not a phone", "custom_fields": {"nope": 1}},
            region="GB",
        )

    assert set(raised.value.errors) == {"phone", "custom_fields.nope"}
    assert clients.get_client(uow(), client["id"]) == client


def test_a_stale_version_is_refused_and_a_fresh_one_bumps_it(uow):
    client = _create(uow)

    updated = clients.update_client(uow(), client["id"], {"email": "new@example.com"}, region="GB", expected_version=1)
    with pytest.raises(ClientVersionMismatch):
        clients.update_client(uow(), client["id"], {"email": "old@example.com"}, region="GB", expected_version=1)

    assert updated["version"] == 2
    assert clients.get_client(uow(), client["id"])["email"] == "new@example.com"


def test_an_update_that_changes_nothing_keeps_the_version(uow):
    client = _create(uow, email="same@example.com")

    again = clients.update_client(uow(), client["id"], {"email": "same@example.com"}, region="GB")

    assert again["version"] == client["version"]


def test_a_card_number_belongs_to_one_active_client(uow):
    number = uuid.uuid4().hex[:10]
    first = _create(uow, card_number=number)

    with pytest.raises(CardNumberTaken):
        _create(uow, card_number=number)
    archive.archive_client(uow(), first["id"], now=NOW)
    second = _create(uow, card_number=number)  # the archived holder frees it

    with pytest.raises(CardNumberTaken):
        archive.restore_client(uow(), first["id"], now=NOW)
    assert second["card_number"] == number


def test_an_archived_client_is_read_only_until_restored(uow):
    client = _create(uow)
    archived = archive.archive_client(uow(), client["id"], now=NOW)

    with pytest.raises(ClientArchived):
        clients.update_client(uow(), client["id"], {"first_name": "Nope"}, region="GB")
    restored = archive.restore_client(uow(), client["id"], now=NOW)

    assert archived["status"] == "archived" and archived["archived_at"] is not None
    assert restored["status"] == "active" and restored["archived_at"] is None
    assert archive.archive_client(uow(), client["id"], now=NOW)["version"] == restored["version"] + 1


def test_blocking_needs_a_reason_and_unblocking_clears_it(uow):
    client = _create(uow)

    with pytest.raises(ClientInvalid) as raised:
        clients.update_client(uow(), client["id"], {"blocked": True}, region="GB")
    blocked = clients.update_client(uow(), client["id"], {"blocked": True, "block_reason": "no-shows"}, region="GB")
    unblocked = clients.update_client(uow(), client["id"], {"blocked": False}, region="GB")

    assert "block_reason" in raised.value.errors
    assert (blocked["blocked"], blocked["block_reason"]) == (True, "no-shows")
    assert (unblocked["blocked"], unblocked["block_reason"]) == (False, None)


def test_links_are_symmetric_and_replaced_as_a_whole(uow):
    parent = _create(uow)
    partner = _create(uow)
    child = _create(uow, linked_clients=[{"client_id": parent["id"], "relation": "parent"}])

    assert clients.get_linked_clients(uow(), parent["id"]) == [{"client_id": child["id"], "relation": "child"}]
    clients.update_client(
        uow(),
        parent["id"],
        {"linked_clients": [{"client_id": partner["id"], "relation": "partner"}]},
        region="GB",
    )

    assert clients.get_linked_clients(uow(), parent["id"]) == [{"client_id": partner["id"], "relation": "partner"}]
    assert clients.get_linked_clients(uow(), partner["id"]) == [{"client_id": parent["id"], "relation": "partner"}]
    assert clients.get_linked_clients(uow(), child["id"]) == []


def test_a_link_to_an_unknown_client_or_to_itself_is_refused(uow):
    client = _create(uow)

    for target in (str(uuid.uuid4()), client["id"]):
        with pytest.raises(ClientInvalid) as raised:
            clients.update_client(
                uow(), client["id"], {"linked_clients": [{"client_id": target, "relation": "child"}]}, region="GB"
            )
        assert "linked_clients" in raised.value.errors


def test_an_unknown_home_location_is_refused(uow):
    known = locations.create_location(uow(), decoding.new_location({"name": "Soho", "timezone": "Europe/London"}))

    with pytest.raises(ClientInvalid) as raised:
        _create(uow, home_location_id=str(uuid.uuid4()))

    assert "home_location_id" in raised.value.errors
    assert _create(uow, home_location_id=known["id"])["home_location_id"] == known["id"]


def test_every_change_is_audited_with_who_when_and_request_id(uow):
    client = _create(uow, email="a@example.com")
    clients.update_client(uow(), client["id"], {"email": "b@example.com"}, region="GB", context=CONTEXT)
    archive.archive_client(uow(), client["id"], now=NOW, context=CONTEXT)

    entries = audit.list_audit(uow(), client["id"])["items"]

    newest = entries[0]
    assert (newest["action"], newest["field"], newest["old_value"], newest["new_value"]) == (
        "archived",
        "status",
        "active",
        "archived",
    )
    email_change = next(e for e in entries if e["action"] == "updated")
    assert (email_change["field"], email_change["old_value"], email_change["new_value"]) == (
        "email",
        "a@example.com",
        "b@example.com",
    )
    assert (email_change["actor_name"], email_change["request_id"]) == ("Front desk", "req-record-1")
    assert {e["field"] for e in entries if e["action"] == "created"} >= {"first_name", "email"}


def test_the_audit_trail_pages_newest_first(uow):
    client = _create(uow)
    for n in range(5):
        clients.update_client(uow(), client["id"], {"first_name": f"Name{n}"}, region="GB")

    first = audit.list_audit(uow(), client["id"], limit=2)
    second = audit.list_audit(uow(), client["id"], limit=2, cursor=first["next_cursor"])

    assert [e["new_value"] for e in first["items"]] == ["Name4", "Name3"]
    assert [e["new_value"] for e in second["items"]] == ["Name2", "Name1"]


def test_an_inactive_location_takes_no_new_clients_but_keeps_its_own(uow):
    location = locations.create_location(uow(), decoding.new_location({"name": "Closing", "timezone": "Europe/London"}))
    resident = _create(uow, home_location_id=location["id"])
    locations.update_location(uow(), location["id"], decoding.location_changes({"active": False}))

    with pytest.raises(ClientInvalid) as raised:
        _create(uow, home_location_id=location["id"])
    kept = clients.update_client(uow(), resident["id"], {"home_location_id": location["id"], "last_name": "Stays"}, region="GB")

    assert "home_location_id" in raised.value.errors
    assert kept["last_name"] == "Stays"
