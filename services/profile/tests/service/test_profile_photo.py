"""The profile photo: set, cleared, audited and announced; a deleted file clears it (once, however often
the event comes); a merge hands the duplicate's photo to a survivor without one, its undo takes it back;
an erasure forgets it."""

import uuid
from datetime import UTC, datetime

import pytest
from nameko.standalone.events import event_dispatcher
from nameko.standalone.rpc import ServiceRpcProxy
from nameko.testing.services import entrypoint_waiter

from clientcard_kit.contracts import load
from clientcard_profile import contracts
from clientcard_profile.exceptions import ClientArchived, ClientInvalid, ClientVersionMismatch
from clientcard_profile.service import ProfileService
from clientcard_profile.use_cases import archive, clients, erasure, merges, profile_photo

from .history_support import ERASED_IDS, STAFF

NOW = datetime.now(UTC)


def _deleted(file_id: str, event_id: str | None = None) -> dict:
    return {
        "event_id": event_id or str(uuid.uuid4()),
        "occurred_at": datetime.now(UTC),
        "file_id": uuid.UUID(file_id),
        "client_id": None,
    }


def _audit(db, client_id: str) -> list[tuple]:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(
            "SELECT action, old_value, new_value FROM client_audit WHERE client_id = %(c)s AND field = 'photo_file_id' "
            "ORDER BY id",
            {"c": client_id},
        ).all()


def test_setting_a_photo_versions_audits_and_announces_it_and_setting_it_again_changes_nothing(db):
    client, photo = db.client(), str(uuid.uuid4())

    changed = profile_photo.set_profile_photo(db.uow(), client["id"], photo, expected_version=1, context=STAFF)
    again = profile_photo.set_profile_photo(db.uow(), client["id"], photo, context=STAFF)

    assert (changed["photo_file_id"], changed["version"]) == (photo, 2)
    assert again["version"] == 2
    assert clients.get_client(db.uow(), client["id"])["photo_file_id"] == photo
    assert _audit(db, client["id"]) == [("updated", None, photo)]
    assert db.events("client_updated", client_id=client["id"])[-1]["changed"] == ["photo_file_id"]


def test_clearing_the_photo(db):
    client, photo = db.client(), str(uuid.uuid4())
    profile_photo.set_profile_photo(db.uow(), client["id"], photo, context=STAFF)

    cleared = profile_photo.set_profile_photo(db.uow(), client["id"], None, context=STAFF)

    assert (cleared["photo_file_id"], cleared["version"]) == (None, 3)
    assert _audit(db, client["id"])[-1] == ("updated", photo, None)


def test_a_bad_id_a_stale_version_and_an_archived_client_are_refused_and_change_nothing(db):
    client = db.client()
    with pytest.raises(ClientInvalid) as bad:
        profile_photo.set_profile_photo(db.uow(), client["id"], "not-a-uuid", context=STAFF)
    assert "file_id" in bad.value.errors
    with pytest.raises(ClientVersionMismatch):
        profile_photo.set_profile_photo(db.uow(), client["id"], str(uuid.uuid4()), expected_version=7, context=STAFF)
    archive.archive_client(db.uow(), client["id"], now=NOW, context=STAFF)
    with pytest.raises(ClientArchived):
        profile_photo.set_profile_photo(db.uow(), client["id"], str(uuid.uuid4()), context=STAFF)
    assert clients.get_client(db.uow(), client["id"])["photo_file_id"] is None


def test_a_deleted_file_clears_every_photo_that_named_it_once(db):
    photo = str(uuid.uuid4())
    holder, other = db.client(), db.client()
    profile_photo.set_profile_photo(db.uow(), holder["id"], photo, context=STAFF)
    profile_photo.set_profile_photo(db.uow(), other["id"], str(uuid.uuid4()), context=STAFF)
    event = _deleted(photo)

    assert profile_photo.forget_deleted_photo(db.uow(), event) == 1
    assert profile_photo.forget_deleted_photo(db.uow(), event) == 0  # a redelivery

    record = clients.get_client(db.uow(), holder["id"])
    assert (record["photo_file_id"], record["version"]) == (None, 3)
    assert clients.get_client(db.uow(), other["id"])["photo_file_id"] is not None
    assert _audit(db, holder["id"])[-1] == ("photo_deleted", photo, None)
    assert db.events("client_updated", client_id=holder["id"])[-1]["changed"] == ["photo_file_id"]


def test_a_file_found_deleted_by_the_gateway_is_forgotten_the_same_way(db):
    client, photo = db.client(), str(uuid.uuid4())
    profile_photo.set_profile_photo(db.uow(), client["id"], photo, context=STAFF)

    assert profile_photo.forget_photo_file(db.uow(), "not-a-file-id") == 0
    assert profile_photo.forget_photo_file(db.uow(), photo) == 1

    assert clients.get_client(db.uow(), client["id"])["photo_file_id"] is None


def test_a_merge_hands_the_duplicates_photo_to_a_survivor_without_one_and_the_undo_takes_it_back(db):
    survivor, duplicate, photo = db.client(), db.client(), str(uuid.uuid4())
    profile_photo.set_profile_photo(db.uow(), duplicate["id"], photo, context=STAFF)

    merged = merges.merge_clients(
        db.uow(), survivor["id"], load(contracts.MergeInput(), {"source_id": duplicate["id"]}), context=STAFF, now=NOW
    )
    assert merged["client"]["photo_file_id"] == photo
    merges.undo_merge(db.uow(), merged["merge"]["id"], context=STAFF, now=NOW)

    assert clients.get_client(db.uow(), survivor["id"])["photo_file_id"] is None
    assert clients.get_client(db.uow(), duplicate["id"])["photo_file_id"] == photo


def test_a_survivor_keeps_its_own_photo_in_a_merge(db):
    survivor, duplicate, own = db.client(), db.client(), str(uuid.uuid4())
    profile_photo.set_profile_photo(db.uow(), survivor["id"], own, context=STAFF)
    profile_photo.set_profile_photo(db.uow(), duplicate["id"], str(uuid.uuid4()), context=STAFF)

    merged = merges.merge_clients(
        db.uow(), survivor["id"], load(contracts.MergeInput(), {"source_id": duplicate["id"]}), context=STAFF, now=NOW
    )

    assert merged["client"]["photo_file_id"] == own


def test_an_erasure_forgets_the_photo(db):
    client = db.client()
    profile_photo.set_profile_photo(db.uow(), client["id"], str(uuid.uuid4()), context=STAFF)

    erasure.erase_client(
        db.uow(), client["id"], {"reason": "asked"}, context=STAFF, now=NOW, retention_years=0, erased_ids=ERASED_IDS
    )

    assert clients.get_client(db.uow(), client["id"])["photo_file_id"] is None


def test_files_file_deleted_event_reaches_the_handler_over_the_broker(container_factory, service_config):
    container = container_factory(ProfileService, service_config)
    container.start()
    photo = str(uuid.uuid4())
    with ServiceRpcProxy("profile", service_config) as profile:
        client = profile.create_client({"first_name": "Photo"})
        assert profile.set_profile_photo(client["id"], photo, 1)["photo_file_id"] == photo
        event = {
            "event_id": str(uuid.uuid4()),
            "occurred_at": datetime.now(UTC).isoformat(),
            "version": 1,
            "file_id": photo,
            "client_id": client["id"],
        }
        with entrypoint_waiter(container, "handle_file_deleted", timeout=10):
            event_dispatcher(service_config)("files", "file_deleted", event)
        assert profile.get_client(client["id"])["photo_file_id"] is None
