"""Files follow their client: moved by a merge, and erased with their objects."""

import io
import uuid

import pytest
import sqlalchemy as sa
from minio import Minio
from minio.error import S3Error
from nameko.standalone.events import event_dispatcher
from nameko.testing.services import entrypoint_waiter

from clientcard_files.service import FilesService


@pytest.fixture
def db(files_database_url):
    engine = sa.create_engine(files_database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def s3(s3_endpoint):
    return Minio(s3_endpoint, access_key="test", secret_key="test", secure=False)


def add_file(db, s3, client_id):
    file_id, key = uuid.uuid4(), f"clients/{client_id}/{uuid.uuid4()}"
    s3.put_object("files-service-tests", key, io.BytesIO(b"photo"), 5)
    with db.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO stored_files (id, client_id, kind, filename, content_type, size, sha256, object_key)"
                " VALUES (:id, :c, 'photo', 'a.jpg', 'image/jpeg', 5, :h, :k)"
            ),
            {"id": file_id, "c": client_id, "h": "0" * 64, "k": key},
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
