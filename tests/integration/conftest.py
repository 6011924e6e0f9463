"""The whole suite, started for this test run: its own databases, vhost and S3 endpoint.

Each service runs as `nameko run` and the gateway as gunicorn, as `make up` runs them, so
the tests speak HTTP to the real thing. `suite.stop("loyalty")` / `suite.start("loyalty")`
take one service down and bring it back.
"""

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

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
SERVICES = ("profile", "billing", "loyalty", "messaging", "files")
# every nameko process of the suite: the five services and messaging's channel workers
PROCESSES = {service: (service, f"clientcard_{service}.service") for service in SERVICES}
PROCESSES["messaging_channels"] = ("messaging", "clientcard_messaging.channels")
ADMIN_KEY = f"cc_test_admin_{uuid.uuid4().hex}"
LOGS = Path(os.environ.get("SUITE_LOG_DIR", "/tmp/clientcard-test-logs"))
# retries in seconds, not hours, so a receiver down then up, or down for good, fits in a test
WEBHOOK_TEST_ENV = {
    "WEBHOOK_RETRY_FIRST_S": "0.5",
    "WEBHOOK_RETRY_MAX_S": "2",
    "WEBHOOK_RETRY_FOR_S": "20",
    "WEBHOOK_POLL_S": "0.2",
    "WEBHOOK_TIMEOUT_S": "3",
}
# database pools as `make up` sizes them, so a run fits beside a running `make up` (README, Connections)
CHANNELS_POOL_ENV = {"DB_POOL_SIZE": "1", "DB_MAX_OVERFLOW": "1"}  # three workers, three pools, one process
GATEWAY_POOL_ENV = {"DB_POOL_SIZE": "2", "DB_MAX_OVERFLOW": "2"}


class Suite:
    def __init__(self, env: dict[str, str], databases: dict[str, str]):
        self.env = env
        self.databases = databases
        self.processes: dict[str, subprocess.Popen] = {}
        self.port = infra.free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.admin_key = ADMIN_KEY
        self.worker_urls: dict[str, str] = {}  # the background workers' probes and metrics (gateway.worker_http)
        LOGS.mkdir(parents=True, exist_ok=True)

    def _spawn(self, name: str, command: list[str], extra_env: dict[str, str]) -> None:
        if name in self.processes:  # started again (a retried test): never leave the first one running unowned
            self.stop(name)
        log = open(LOGS / f"{name}.log", "ab")  # noqa: SIM115  (the child process writes to it; closed on stop)
        self.processes[name] = subprocess.Popen(
            command, cwd=ROOT, env={**self.env, **extra_env}, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )

    def start(self, process: str, **extra_env: str) -> None:
        service, module = PROCESSES[process]
        self._spawn(
            process,
            [str(BIN / "nameko"), "run", "--config", f"services/{service}/config.yaml", module],
            {
                "DATABASE_URL": self.databases[service],
                "WEB_SERVER_ADDRESS": f"127.0.0.1:{infra.free_port()}",
                **(CHANNELS_POOL_ENV if process == "messaging_channels" else {}),
                **extra_env,
            },
        )

    def stop(self, service: str) -> None:
        process = self.processes.pop(service)
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    def start_gateway(self) -> None:
        self._spawn(
            "gateway",
            [
                str(BIN / "gunicorn"),
                "-c",
                "python:gateway.gunicorn_conf",
                "-k",
                "gthread",
                "--workers",
                "1",
                "--threads",
                "16",
                "-b",
                f"127.0.0.1:{self.port}",
                "gateway.app:create_app_from_env()",
            ],
            {"DATABASE_URL": self.databases["gateway"], "CLIENTCARD_ADMIN_KEY": self.admin_key, **GATEWAY_POOL_ENV},
        )

    def start_card_projector(self) -> None:
        self.worker_urls["card_projector"] = f"http://127.0.0.1:{(port := infra.free_port())}"
        self._spawn("card_projector", [sys.executable, "-m", "gateway.card_projector"], {"WORKER_HTTP_PORT": str(port)})

    def start_webhook_worker(self) -> None:
        self.worker_urls["webhook_worker"] = f"http://127.0.0.1:{(port := infra.free_port())}"
        self._spawn(
            "webhook_worker",
            [sys.executable, "-m", "gateway.webhook_worker"],
            {"DATABASE_URL": self.databases["gateway"], "WORKER_HTTP_PORT": str(port), **WEBHOOK_TEST_ENV, **GATEWAY_POOL_ENV},
        )

    def wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            try:
                last = requests.get(f"{self.base_url}/readyz", timeout=5)
                if last.status_code == 200:
                    return
            except (requests.ConnectionError, requests.Timeout):  # services still starting: readyz waits on them
                pass
            time.sleep(0.3)
        raise RuntimeError(f"suite not ready: {last.text if last is not None else 'no answer'}")

    def stop_all(self) -> None:
        for name in list(self.processes):
            self.stop(name)


@pytest.fixture(scope="session")
def suite(migrated_database, test_amqp_uri, s3_endpoint):
    databases = {name: migrated_database(name, ROOT / "services" / name / "alembic.ini") for name in SERVICES}
    databases["gateway"] = migrated_database("gateway", ROOT / "gateway" / "alembic.ini")
    env = {
        **os.environ,
        "AMQP_URI": test_amqp_uri,
        "PSYCOPG_WAIT_FUNC": "wait_selector",
        "S3_ENDPOINT": s3_endpoint,
        "S3_BUCKET": f"clientcard-test-{infra.run_suffix()}",
        # links are signed for another host name of the same S3 endpoint, as a browser would reach it
        "S3_PUBLIC_ENDPOINT": f"http://{s3_endpoint.replace('127.0.0.1', 'localhost')}",
        "FILES_MAX_BYTES": str(110 * 1024 * 1024),  # room for the 100 MB streamed upload
        "CARD_BUDGET_MS": "1500",
        "PYTHONWARNINGS": "ignore::DeprecationWarning",
        "CARD_CACHE_PREFIX": f"test-{infra.run_suffix()}:",  # apart from `make up`'s keys in the same Redis
    }
    env.update(WEBHOOKS_ALLOW_PRIVATE="1")  # the tests' receivers listen on 127.0.0.1
    env.pop("DATABASE_URL", None)
    suite = Suite(env, databases)
    subprocess.run(
        [sys.executable, "-m", "gateway.bootstrap"],
        cwd=ROOT,
        env={**env, "DATABASE_URL": databases["gateway"], "CLIENTCARD_ADMIN_KEY": ADMIN_KEY},
        check=True,
        capture_output=True,
    )
    # as make up's setup does: every handler's queue exists before any service publishes
    subprocess.run(
        [sys.executable, "-W", "ignore", "-m", "clientcard_kit.declare_queues", "--broker", test_amqp_uri],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    for process in PROCESSES:
        suite.start(process)
    suite.start_gateway()
    suite.start_card_projector()
    suite.start_webhook_worker()
    try:
        suite.wait_ready()
        yield suite
    finally:
        suite.stop_all()


class Api:
    """A small HTTP client for the gateway: `api.post("/clients", json=...)`."""

    def __init__(self, base_url: str, key: str | None):
        self.base_url = base_url
        self.session = requests.Session()
        if key:
            self.session.headers["Authorization"] = f"Bearer {key}"

    def request(self, method: str, path: str, **kwargs) -> requests.Response:
        root = path.startswith(("/api/", "/healthz", "/readyz", "/metrics")) or path == "/"
        url = f"{self.base_url}{path}" if root else f"{self.base_url}/api/v1{path}"
        return self.session.request(method, url, timeout=30, **kwargs)

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post(self, path, **kw):
        return self.request("POST", path, **kw)

    def patch(self, path, **kw):
        return self.request("PATCH", path, **kw)

    def put(self, path, **kw):
        return self.request("PUT", path, **kw)

    def delete(self, path, **kw):
        return self.request("DELETE", path, **kw)


@pytest.fixture(scope="session")
def api(suite) -> Api:
    return Api(suite.base_url, suite.admin_key)


@pytest.fixture
def anonymous(suite) -> Api:
    return Api(suite.base_url, None)


@pytest.fixture
def client_id(api) -> str:
    response = api.post("/clients", json={"first_name": "Test", "last_name": f"Client {uuid.uuid4().hex[:6]}"})
    assert response.status_code == 201, response.text
    return response.json()["id"]


@pytest.fixture
def second_gateway(suite):
    """Another gateway as production runs it (gunicorn_conf's defaults: several workers) on the same
    database: other processes, other key caches, metrics summed across its workers."""
    port = infra.free_port()
    command = [
        str(BIN / "gunicorn"),
        "-c",
        "python:gateway.gunicorn_conf",
        "-b",
        f"127.0.0.1:{port}",
        "gateway.app:create_app_from_env()",
    ]
    suite._spawn(
        "gateway_second",
        command,
        {"DATABASE_URL": suite.databases["gateway"], "GATEWAY_WORKERS": "2", "DB_POOL_SIZE": "1", "DB_MAX_OVERFLOW": "1"},
    )
    base_url = f"http://127.0.0.1:{port}"
    eventually(lambda: _assert_answers(f"{base_url}/healthz"), timeout=60)
    yield base_url
    suite.stop("gateway_second")


def _assert_answers(url):
    try:
        assert requests.get(url, timeout=2).status_code == 200
    except requests.RequestException as error:  # still booting: refused, or no answer yet
        raise AssertionError(str(error)) from None


def eventually(check, timeout: float = 30.0, interval: float = 0.2):
    """Retry `check` until it stops raising AssertionError; events take a relay tick to arrive.

    The default is generous on purpose: a passing check returns at once, and only a failing one waits
    it out, while a CI machine running the whole suite on two cores can take seconds per event."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            return check()
        except AssertionError:
            if time.monotonic() > deadline:
                raise
            time.sleep(interval)


@pytest.fixture
def wait_until():
    return eventually


@pytest.fixture
def api_with_key(suite):
    """Factory: an HTTP client that sends another API key."""
    return lambda key: Api(suite.base_url, key)


@pytest.fixture
def service_log():
    """Read what one service has logged so far in this run."""
    return lambda service: (LOGS / f"{service}.log").read_text(errors="replace")
