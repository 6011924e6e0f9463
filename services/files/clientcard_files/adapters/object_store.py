"""The object store (MinIO in production, any S3 endpoint elsewhere) behind the minio SDK.

Links for browsers are signed by a second client for `S3_PUBLIC_ENDPOINT`: a presigned URL's
signature covers its host, so a link for the internal host cannot be rewritten afterwards.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from minio import Minio
from minio.datatypes import PostPolicy
from minio.error import S3Error
from nameko.extensions import DependencyProvider

from clientcard_files.exceptions import FileNotFound
from clientcard_files.settings import Settings

CHUNK = 256 * 1024
PART = 8 * 1024 * 1024  # multipart part size: the most memory one streamed put holds


class ObjectStore:
    def __init__(self, client: Minio, bucket: str, *, public: Minio | None = None, public_url: str | None = None):
        self.client = client
        self.bucket = bucket
        self.public = public or client
        self.public_url = (public_url or "").rstrip("/")

    def ensure_bucket(self) -> None:
        if not self.client.bucket_exists(self.bucket):
            self.client.make_bucket(self.bucket)

    def put(self, object_key: str, data: bytes, content_type: str) -> None:
        self.client.put_object(self.bucket, object_key, io.BytesIO(data), len(data), content_type=content_type)

    def put_file(self, object_key: str, stream, length: int, content_type: str) -> None:
        """Put from a file object of known length, in parts: memory stays at one part."""
        self.client.put_object(self.bucket, object_key, stream, length, content_type=content_type, part_size=PART)

    def get(self, object_key: str) -> bytes:
        return b"".join(self.chunks(object_key))

    def head(self, object_key: str, length: int) -> bytes:
        return b"".join(self.chunks(object_key, length=length))

    def chunks(self, object_key: str, *, length: int = 0) -> Iterator[bytes]:
        """The object's bytes in chunks, never the whole in memory. Raises FileNotFound for a missing object."""
        try:
            response = self.client.get_object(self.bucket, object_key, length=length)
        except S3Error as error:
            if error.code in ("NoSuchKey", "NoSuchObject"):
                raise FileNotFound(f"The bytes of {object_key} are gone") from error
            raise
        return self._drain(response)

    @staticmethod
    def _drain(response) -> Iterator[bytes]:
        try:
            yield from response.stream(CHUNK)
        finally:
            response.close()
            response.release_conn()

    def size(self, object_key: str) -> int | None:
        """The stored size, or None when there is no such object."""
        try:
            return self.client.stat_object(self.bucket, object_key).size
        except S3Error as error:
            if error.code in ("NoSuchKey", "NoSuchObject", "NotFound"):
                return None
            raise

    def download_url(self, object_key: str, *, seconds: int = 300, filename: str | None = None) -> str:
        """A short-lived link to the object, signed for the public endpoint."""
        headers = {"response-content-disposition": f'attachment; filename="{_ascii(filename)}"'} if filename else None
        return self.public.presigned_get_object(
            self.bucket, object_key, expires=timedelta(seconds=seconds), response_headers=headers
        )

    def upload_form(self, object_key: str, *, max_bytes: int, expires_at: datetime) -> dict:
        """A presigned POST for one object of at most `max_bytes`: `{url, fields}` for a browser's form."""
        policy = PostPolicy(self.bucket, expires_at)
        policy.add_equals_condition("key", object_key)
        policy.add_content_length_range_condition(1, max_bytes)
        fields = self.public.presigned_post_policy(policy)
        return {"url": f"{self.public_url or _base(self.client)}/{self.bucket}", "fields": {"key": object_key, **fields}}

    def remove(self, object_key: str) -> None:
        """Remove an object; removing one that is already gone is not an error."""
        self.client.remove_object(self.bucket, object_key)

    def check(self) -> None:
        """Raise unless the bucket is reachable."""
        if not self.client.bucket_exists(self.bucket):
            raise RuntimeError(f"bucket {self.bucket} is missing")


def _ascii(filename: str) -> str:
    return "".join(c if c.isascii() and c.isprintable() and c not in '"\\' else "_" for c in filename)


def _base(client: Minio) -> str:
    url = client._base_url  # the SDK keeps no public accessor for the endpoint it was given
    return f"{'https' if url.is_https else 'http'}://{url.host}"


def build(settings: Settings) -> ObjectStore:
    client = Minio(
        settings.s3_endpoint,
        access_key=settings.s3_access_key,
        secret_key=settings.s3_secret_key,
        secure=settings.s3_secure,
        region=settings.s3_region,
    )
    public = None
    if settings.s3_public_endpoint:
        parts = urlsplit(settings.s3_public_endpoint)
        # the region given: signing a link must not need a request to the public host
        public = Minio(
            parts.netloc,
            access_key=settings.s3_access_key,
            secret_key=settings.s3_secret_key,
            secure=parts.scheme == "https",
            region=settings.s3_region,
        )
    return ObjectStore(client, settings.s3_bucket, public=public, public_url=settings.s3_public_endpoint)


class ObjectStoreProvider(DependencyProvider):
    def setup(self):
        self.store = build(Settings.from_env())

    def start(self):
        self.store.ensure_bucket()

    def get_dependency(self, worker_ctx):
        return self.store
