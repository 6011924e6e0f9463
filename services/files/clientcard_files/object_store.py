"""The object store (MinIO in production, any S3 endpoint elsewhere) behind the minio SDK."""

from __future__ import annotations

import io
from datetime import timedelta

from minio import Minio
from nameko.extensions import DependencyProvider

from clientcard_files.settings import Settings


class ObjectStore:
    def __init__(self, client: Minio, bucket: str):
        self.client = client
        self.bucket = bucket

    def ensure_bucket(self) -> None:
        if not self.client.bucket_exists(self.bucket):
            self.client.make_bucket(self.bucket)

    def put(self, object_key: str, data: bytes, content_type: str) -> None:
        self.client.put_object(self.bucket, object_key, io.BytesIO(data), len(data), content_type=content_type)

    def get(self, object_key: str) -> bytes:
        response = self.client.get_object(self.bucket, object_key)
        try:
            return response.read()
        finally:
            response.close()
            response.release_conn()

    def download_url(self, object_key: str, *, seconds: int = 300) -> str:
        """A short-lived link to the object itself."""
        return self.client.presigned_get_object(self.bucket, object_key, expires=timedelta(seconds=seconds))

    def remove(self, object_key: str) -> None:
        """Remove an object; removing one that is already gone is not an error."""
        self.client.remove_object(self.bucket, object_key)

    def check(self) -> None:
        """Raise unless the bucket is reachable."""
        if not self.client.bucket_exists(self.bucket):
            raise RuntimeError(f"bucket {self.bucket} is missing")


class ObjectStoreProvider(DependencyProvider):
    def setup(self):
        settings = Settings.from_env()
        client = Minio(
            settings.s3_endpoint,
            access_key=settings.s3_access_key,
            secret_key=settings.s3_secret_key,
            secure=settings.s3_secure,
        )
        self.store = ObjectStore(client, settings.s3_bucket)

    def start(self):
        self.store.ensure_bucket()

    def get_dependency(self, worker_ctx):
        return self.store
