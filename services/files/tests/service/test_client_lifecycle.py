"""Files follow their client: moved by a merge, and erased with their objects."""

import io
import uuid

import pytest
import sqlalchemy as sa
from minio import Minio
from minio.error import S3Error
from nameko.standalone.events import event_dispatcher
from nameko.testing.services import entrypoint_hook, entrypoint_waiter

from clientcard_files.service import FilesService


@pytest.fixture
def db(files_database_url):
    engine = sa.create_engine(files_database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def s3(s3_endpoint):
    return Minio(s3_endpoint, access_key="test", secret_key="test", secure=False)


def add_file(db, s3, client_id, kind="photo"):
    file_id, key = uuid.uuid4(), f"clients/{client_id}/{uuid.uuid4()}"
    s3.put_object("files-service-tests", key, io.BytesIO(b"photo"), 5)
    with db.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO stored_files (id, client_id, kind, filename, content_type, size, sha256, object_key)"
                " VALUES (:id, :c, :kind, 'a.jpg', 'image/jpeg', 5, :h, :k)"
            ),
            {"id": file_id, "c": client_id, "h": "0" * 64, "k": key, "kind": kind},
        )
    return file_id, key


def envelope(**fields):
    return {"event_id": str(uuid.uuid4()), "occurred_at": "2026-11-22T10:00:00+00:00", "version": 1, **fields}


def test_a_merge_moves_the_duplicates_files_to_the_survivor(container_factory, service_config, db, s3):
    container = container_factory(FilesService, service_config)
    container.start()
    survivor, duplicate = uuid.uuid4(), uuid.uuid4()
    file_id, _ = add_file(db, s3, duplicate)

    with entrypoint_waiter(container, "handle_client_merged"):
        event_dispatcher(service_config)(
            "profile", "client_merged", envelope(merge_id=str(uuid.uuid4()), client_id=str(survivor), source_id=str(duplicate))
        )

    with db.connect() as conn:
        owner = conn.execute(sa.text("SELECT client_id FROM stored_files WHERE id = :id"), {"id": file_id}).scalar()
    assert owner == survivor


def test_erasure_removes_the_objects_and_their_records(container_factory, service_config, db, s3):
    container = container_factory(FilesService, service_config)
    container.start()
    client = uuid.uuid4()
    file_id, key = add_file(db, s3, client)

    with entrypoint_waiter(container, "handle_client_erased"):
        event_dispatcher(service_config)("profile", "client_erased", envelope(client_id=str(client)))

    with db.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM stored_files WHERE id = :id"), {"id": file_id}).scalar() == 0
    with pytest.raises(S3Error):
        s3.stat_object("files-service-tests", key)


def test_an_erased_clients_medical_files_are_sealed_until_their_retention_ends_then_purged(
    container_factory, service_config, db, s3
):
    container = container_factory(FilesService, service_config)
    container.start()
    client = uuid.uuid4()
    photo, photo_key = add_file(db, s3, client)
    scan, scan_key = add_file(db, s3, client, kind="medical")

    with entrypoint_waiter(container, "handle_client_erased"):
        event_dispatcher(service_config)("profile", "client_erased", envelope(client_id=str(client), clinical_retention_years=8))

    with db.connect() as conn:
        rows = dict(conn.execute(sa.text("SELECT id, sealed_until FROM stored_files WHERE client_id = :c"), {"c": client}).all())
    assert list(rows) == [scan] and rows[scan].year == 2034  # erased 2026-11-22, kept eight years
    s3.stat_object("files-service-tests", scan_key)  # the sealed object is still there
    with pytest.raises(S3Error):
        s3.stat_object("files-service-tests", photo_key)

    with db.begin() as conn:  # eight years later
        conn.execute(sa.text("UPDATE stored_files SET sealed_until = now() - interval '1 day' WHERE id = :id"), {"id": scan})
    with entrypoint_hook(container, "purge_sealed_health_records") as purge:
        purge()

    with db.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM stored_files WHERE client_id = :c"), {"c": client}).scalar() == 0
    with pytest.raises(S3Error):
        s3.stat_object("files-service-tests", scan_key)


def refused(container, entrypoint, *args):
    """The error an entrypoint raised, or None when it answered."""
    with entrypoint_hook(container, entrypoint) as call:
        try:
            call(*args)
        except Exception as error:  # noqa: BLE001 - the ClientClosed is what we look at
            return error
    return None


PHOTO = {"filename": "a.txt", "kind": "document", "content_base64": "aGVsbG8="}


def test_a_merged_away_or_erased_client_takes_no_more_files_and_leaves_no_object(container_factory, service_config, db, s3):
    container = container_factory(FilesService, service_config)
    container.start()
    survivor, duplicate, erased = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    merge = envelope(merge_id=str(uuid.uuid4()), client_id=str(survivor), source_id=str(duplicate))
    with entrypoint_waiter(container, "handle_client_merged"):
        event_dispatcher(service_config)("profile", "client_merged", merge)
    with entrypoint_waiter(container, "handle_client_erased"):
        event_dispatcher(service_config)("profile", "client_erased", envelope(client_id=str(erased)))

    for client, why in ((duplicate, f"merged into {survivor}"), (erased, "was erased")):
        for entrypoint, args in (
            ("store_file", (str(client), PHOTO)),
            ("open_upload", (str(client), {"filename": "a.pdf", "kind": "document"})),
            ("start_direct_upload", (str(client), {"filename": "a.pdf", "kind": "document"})),
        ):
            error = refused(container, entrypoint, *args)
            assert type(error).__name__ == "ClientClosed" and why in str(error), (entrypoint, error)
        assert list(s3.list_objects("files-service-tests", prefix=f"clients/{client}/", recursive=True)) == []
        with db.connect() as conn:
            assert conn.execute(sa.text("SELECT count(*) FROM pending_uploads WHERE client_id = :c"), {"c": client}).scalar() == 0
    assert refused(container, "store_file", str(survivor), PHOTO) is None

    with entrypoint_waiter(container, "handle_client_merge_undone"):
        event_dispatcher(service_config)("profile", "client_merge_undone", {**merge, "event_id": str(uuid.uuid4())})
    assert refused(container, "store_file", str(duplicate), PHOTO) is None
