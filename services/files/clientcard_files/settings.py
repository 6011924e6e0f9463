"""The files service's settings; the only module that reads the environment."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from clientcard_kit.settings import database_url, flag

SERVICE_NAME = "files"


@dataclass(frozen=True)
class Settings:
    database_url: str
    s3_endpoint: str
    s3_access_key: str
    s3_secret_key: str
    s3_bucket: str
    s3_secure: bool

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> Settings:
        return cls(
            database_url=database_url(SERVICE_NAME, environ),
            s3_endpoint=environ.get("S3_ENDPOINT", "127.0.0.1:9000"),
            s3_access_key=environ.get("S3_ACCESS_KEY", "clientcard"),
            s3_secret_key=environ.get("S3_SECRET_KEY", "clientcard-secret"),
            s3_bucket=environ.get("S3_BUCKET", "clientcard-files"),
            s3_secure=flag(environ.get("S3_SECURE"), default=False),
        )
