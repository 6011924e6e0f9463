"""The files service's settings; the only module that reads the environment."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from clientcard_files.domain.content import DEFAULT_MAX_BYTES
from clientcard_kit.settings import database_url, flag, require_in_production

SERVICE_NAME = "files"


@dataclass(frozen=True)
class Settings:
    database_url: str
    s3_endpoint: str
    s3_access_key: str
    s3_secret_key: str
    s3_bucket: str
    s3_secure: bool
    s3_public_endpoint: str | None = None  # scheme://host[:port] browsers reach; links are signed for it
    s3_region: str = "us-east-1"
    max_bytes: int = DEFAULT_MAX_BYTES
    link_seconds: int = 300
    stream_secret: str = "clientcard-files-stream"  # signs the tickets of the service's own HTTP endpoint
    http_url: str | None = None  # how the gateway reaches this replica's HTTP endpoint; else its own address

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> Settings:
        # nameko reads AMQP_URI from config.yaml; a production start must not fall back to guest@localhost
        require_in_production(
            environ,
            "AMQP_URI",
            "S3_ENDPOINT",
            "S3_PUBLIC_ENDPOINT",
            "S3_ACCESS_KEY",
            "S3_SECRET_KEY",
            "S3_BUCKET",
            "FILES_STREAM_SECRET",
        )
        return cls(
            database_url=database_url(SERVICE_NAME, environ),
            s3_endpoint=environ.get("S3_ENDPOINT", "127.0.0.1:9000"),
            s3_access_key=environ.get("S3_ACCESS_KEY", "clientcard"),
            s3_secret_key=environ.get("S3_SECRET_KEY", "clientcard-secret"),
            s3_bucket=environ.get("S3_BUCKET", "clientcard-files"),
            s3_secure=flag(environ.get("S3_SECURE"), default=False),
            s3_public_endpoint=environ.get("S3_PUBLIC_ENDPOINT") or None,
            s3_region=environ.get("S3_REGION", "us-east-1"),
            max_bytes=int(environ.get("FILES_MAX_BYTES", str(DEFAULT_MAX_BYTES))),
            link_seconds=int(environ.get("FILES_LINK_SECONDS", "300")),
            stream_secret=environ.get("FILES_STREAM_SECRET", "clientcard-files-stream"),
            http_url=environ.get("FILES_HTTP_URL") or None,
        )
