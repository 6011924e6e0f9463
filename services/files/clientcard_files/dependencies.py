"""Dependency providers of the files service."""

from __future__ import annotations

import socket

from nameko.extensions import DependencyProvider

from clientcard_files.db.uow import FilesUnitOfWork
from clientcard_files.settings import Settings
from clientcard_kit.providers import UnitOfWorkProvider


def files_uow() -> UnitOfWorkProvider:
    return UnitOfWorkProvider(FilesUnitOfWork, url=lambda: Settings.from_env().database_url)


class HttpEndpoint(DependencyProvider):
    """The settings, and the base URL of this replica's own HTTP endpoint as the gateway reaches it:
    `FILES_HTTP_URL`, else the address it listens on (its host's address when bound to every interface)."""

    def setup(self):
        self.settings = Settings.from_env()
        host, _, port = self.container.config.get("WEB_SERVER_ADDRESS", "0.0.0.0:8000").rpartition(":")
        if host in ("", "0.0.0.0", "::"):
            host = socket.gethostbyname(socket.gethostname())
        self.base_url = (self.settings.http_url or f"http://{host}:{port}").rstrip("/")

    def get_dependency(self, worker_ctx):
        return self
