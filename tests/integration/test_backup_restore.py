"""scripts/db_backup.sh on a running suite: dump one service's database, drop it, restore it, and
the suite answers from the restored data."""

from __future__ import annotations

import subprocess

import requests

from clientcard_kit.testing import infra
from tests.integration.conftest import ROOT, eventually

SCRIPT = ROOT / "scripts/db_backup.sh"


def _new_client(api, name: str) -> str:
    response = api.post("/clients", json={"first_name": "Backup", "last_name": name})
    assert response.status_code == 201, response.text
    return response.json()["id"]


def _client_status(api, client_id: str) -> int:
    try:
        return api.get(f"/clients/{client_id}").status_code
    except requests.RequestException:
        return 0


def test_a_dropped_service_database_restored_from_its_backup_serves_the_backed_up_clients(api, suite, tmp_path):
    database_url = suite.databases["profile"]
    kept = _new_client(api, "kept")
    dump = tmp_path / "profile.dump"
    subprocess.run(["bash", str(SCRIPT), "backup", database_url, str(dump)], check=True, capture_output=True)
    after_backup = _new_client(api, "after backup")

    infra.drop_database(infra.postgres_admin_url(), database_url.rsplit("/", 1)[1])
    assert _client_status(api, kept) != 200  # the database is gone, so is the client
    subprocess.run(["bash", str(SCRIPT), "restore", database_url, str(dump)], check=True, capture_output=True)

    # the service's pool reconnects to the restored database on its next checkout
    eventually(lambda: _assert_status(api, kept, 200), timeout=30)
    assert _client_status(api, after_backup) == 404
    assert _new_client(api, "after restore")  # writes work too: sequences and outbox came back


def _assert_status(api, client_id: str, status: int) -> None:
    assert _client_status(api, client_id) == status
