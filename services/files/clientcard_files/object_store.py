"""The object store (MinIO in production, any S3 endpoint elsewhere) behind the minio SDK."""
from __future__ import annotations

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
