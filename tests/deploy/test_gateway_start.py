"""The gateway's container command, run as compose and Kubernetes run it but against the local
servers: it migrates, creates the admin and metrics keys, and serves; both keys work at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import requests

from clientcard_kit.testing import infra
from tests.deploy.conftest import ROOT, objects, pod_spec

BIN = Path(sys.executable).parent


@pytest.fixture
def empty_gateway_database(postgres_admin_url):
    name = f"gateway_deploy_{infra.run_suffix()}"
    url = infra.create_database(postgres_admin_url, name)
    yield url
    infra.drop_database(postgres_admin_url, name)


def _wait_for(url: str, process: subprocess.Popen, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, "the gateway's command exited"
        try:
            if requests.get(url, timeout=2).status_code == 200:
                return
        except requests.RequestException:  # still migrating or booting
            pass
        time.sleep(0.5)
    raise AssertionError(f"{url} never answered")


def test_the_kubernetes_gateway_runs_the_compose_command_after_its_migration_job(compose_services, overlays):
    compose_command = compose_services["gateway"]["command"]
    for rendered in overlays.values():
        command = pod_spec(objects(rendered, "Deployment")["gateway"])["containers"][0]["command"]
        assert command[:2] == ["sh", "-c"] and "python -m gateway.bootstrap" in command[2]
        assert compose_command[2].endswith(command[2])  # compose migrates first; Kubernetes has a Job for it
        assert objects(rendered, "Job")["gateway-migrate"]


def test_the_gateway_container_command_creates_a_usable_admin_key_and_metrics_key(
    compose_services, empty_gateway_database, test_amqp_uri, tmp_path
):
    admin_key, metrics_key = f"cc_deploy_admin_{uuid.uuid4().hex}", f"cc_deploy_metrics_{uuid.uuid4().hex}"
    port = infra.free_port()
    env = {
        **compose_services["gateway"]["environment"],
        # the containers' hosts are the local servers here; production mode, so nothing falls back
        "CLIENTCARD_ENV": "production",
        "DATABASE_URL": empty_gateway_database,
        "AMQP_URI": test_amqp_uri,
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "CARD_CACHE_PREFIX": f"deploy-test-{infra.run_suffix()}:",
        "CLIENTCARD_ADMIN_KEY": admin_key,
        "CLIENTCARD_METRICS_KEY": metrics_key,
        "PORT": str(port),
        "GATEWAY_WORKERS": "1",
        "GATEWAY_THREADS": "4",
        "PATH": f"{BIN}:{os.environ['PATH']}",
        "HOME": os.environ.get("HOME", "/tmp"),
        "XDG_RUNTIME_DIR": "/tmp",
    }
    # the image's working directory is the gateway's folder (alembic.ini). Its output goes to a file, not
    # a pipe: a green reader of a pipe that outlives a timed-out communicate() keeps the pipe's descriptor
    # in eventlet's hub, and the next test's subprocess that gets the same number fails on it
    log = tmp_path / "gateway.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            compose_services["gateway"]["command"],
            cwd=ROOT / "gateway",
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for(f"{base}/healthz", process)
        me = requests.get(f"{base}/api/v1/me", headers={"Authorization": f"Bearer {admin_key}"}, timeout=10)
        assert me.status_code == 200, me.text
        assert requests.get(f"{base}/api/v1/me", timeout=10).status_code == 401
        scrape = requests.get(f"{base}/metrics", headers={"Authorization": f"Bearer {metrics_key}"}, timeout=10)
        assert scrape.status_code == 200 and "clientcard_http_requests_total" in scrape.text
        scraper = requests.get(f"{base}/api/v1/me", headers={"Authorization": f"Bearer {metrics_key}"}, timeout=10)
        assert scraper.json()["scopes"] == ["ops:read"]
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert b"Clientcard admin API key" in log.read_bytes()


def test_production_refuses_the_placeholders_of_env_example(compose_services):
    env = {**compose_services["gateway"]["environment"], "CLIENTCARD_ENV": "production", "PATH": f"{BIN}:{os.environ['PATH']}"}
    result = subprocess.run(
        [sys.executable, "-m", "gateway.bootstrap"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0
    assert "CLIENTCARD_ENV=production refuses development defaults" in result.stderr
    assert "CLIENTCARD_ADMIN_KEY is still a placeholder" in result.stderr
