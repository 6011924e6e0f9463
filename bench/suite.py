"""The suite `make bench` runs on its own: databases, a RabbitMQ vhost, an S3 bucket and a Redis
database of its own, every service as `nameko run`, the gateway and the floor under gunicorn.

It follows tests/integration/conftest.py; `stop()` drops everything it created, whatever happened.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import requests

from bench.fanout_floor import SERVICE_CLASSES
from bench.process_cpu import tree_cpu_ms
from clientcard_kit.testing import infra

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SERVICES = ("profile", "billing", "loyalty", "messaging", "files")
PROCESSES = {service: (service, f"clientcard_{service}.service") for service in SERVICES}
PROCESSES["messaging_channels"] = ("messaging", "clientcard_messaging.channels")
LOGS = Path(os.environ.get("BENCH_LOG_DIR", "/tmp/clientcard-bench-logs"))


def projector_exists() -> bool:
    base = ROOT / "gateway" / "gateway" / "card_projector"
    return base.with_suffix(".py").exists() or (base / "__main__.py").exists()


def cache_exists() -> bool:
    return (ROOT / "gateway" / "gateway" / "card_cache.py").exists() or (ROOT / "gateway" / "gateway" / "card_cache").is_dir()


def redis_cli(db: int, *args: str) -> str:
    return subprocess.run(["redis-cli", "-n", str(db), *args], capture_output=True, text=True, timeout=30).stdout.strip()


class BenchSuite:
    def __init__(self, *, workers: int, threads: int):
        self.workers, self.threads = workers, threads
        self.suffix = infra.run_suffix()
        self.admin_url = infra.postgres_admin_url()
        self.admin_key = f"cc_bench_admin_{self.suffix}"
        self.databases: dict[str, str] = {}
        self.vhost: str | None = None
        self.redis_db: int | None = None
        self.moto = None
        self.processes: dict[str, subprocess.Popen] = {}
        self.port, self.floor_port, self.fanout_port = infra.free_port(), infra.free_port(), infra.free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.floor_url = f"http://127.0.0.1:{self.floor_port}"
        self.fanout_url = f"http://127.0.0.1:{self.fanout_port}"
        self.env: dict[str, str] = {}
        LOGS.mkdir(parents=True, exist_ok=True)

    # -- resources ------------------------------------------------------------------------
    def create(self) -> None:
        for name in (*SERVICES, "gateway"):
            folder = ROOT / ("gateway" if name == "gateway" else f"services/{name}")
            db = f"{name}_bench_{self.suffix}"
            self.databases[name] = infra.create_database(self.admin_url, db)
            infra.migrate(folder / "alembic.ini", self.databases[name])
        self.vhost = f"clientcard-bench-{self.suffix}"
        amqp = infra.create_vhost(self.vhost)
        from moto.server import ThreadedMotoServer

        logging.getLogger("werkzeug").setLevel(logging.ERROR)  # moto's request log would drown the bench's output

        s3_port = infra.free_port()
        self.moto = ThreadedMotoServer(ip_address="127.0.0.1", port=s3_port, verbose=False)
        self.moto.start()
        self.redis_db = self._free_redis_db()
        self.env = {
            **os.environ,
            "AMQP_URI": amqp,
            "PSYCOPG_WAIT_FUNC": "wait_selector",
            "S3_ENDPOINT": f"127.0.0.1:{s3_port}",
            "S3_BUCKET": f"clientcard-bench-{self.suffix}",
            "LOG_LEVEL": "WARNING",
            "PYTHONWARNINGS": "ignore::DeprecationWarning",
            "CLIENTCARD_ADMIN_KEY": self.admin_key,
        }
        if self.redis_db is not None:
            self.env["REDIS_URL"] = f"redis://127.0.0.1:6379/{self.redis_db}"
            self.env["CARD_CACHE_PREFIX"] = f"bench-{self.suffix}:"
        self.env.pop("DATABASE_URL", None)

    def _free_redis_db(self) -> int | None:
        """The highest Redis database number that holds no key, so flushing it touches nobody else's."""
        try:
            for db in range(15, 0, -1):
                if redis_cli(db, "DBSIZE") == "0":
                    redis_cli(db, "SET", f"clientcard-bench-claim-{self.suffix}", "1")
                    return db
        except (OSError, subprocess.SubprocessError):
            return None
        return None

    def flush_card_cache(self) -> None:
        if self.redis_db is not None:
            redis_cli(self.redis_db, "FLUSHDB")
            redis_cli(self.redis_db, "SET", f"clientcard-bench-claim-{self.suffix}", "1")

    # -- processes ------------------------------------------------------------------------
    def _spawn(self, name: str, command: list[str], extra_env: dict[str, str]) -> None:
        log = open(LOGS / f"{name}.log", "ab")  # noqa: SIM115  (the child process writes to it)
        self.processes[name] = subprocess.Popen(
            command, cwd=ROOT, env={**self.env, **extra_env}, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )

    def _gunicorn(self, app: str, port: int) -> list[str]:
        # the gateway's own gunicorn settings (log masking) when it has them, for the floor too
        conf = ["-c", "python:gateway.gunicorn_conf"] if (ROOT / "gateway/gateway/gunicorn_conf.py").exists() else []
        return [
            str(BIN / "gunicorn"),
            *conf,
            "-k",
            "gthread",
            "--workers",
            str(self.workers),
            "--threads",
            str(self.threads),
            "-b",
            f"127.0.0.1:{port}",
            "--no-control-socket",
            app,
        ]

    def start(self) -> None:
        gateway_env = {"DATABASE_URL": self.databases["gateway"]}
        subprocess.run(
            [sys.executable, "-m", "gateway.bootstrap"],
            cwd=ROOT,
            env={**self.env, **gateway_env},
            check=True,
            capture_output=True,
        )
        for process, (service, module) in PROCESSES.items():
            self._spawn(
                process,
                [str(BIN / "nameko"), "run", "--config", f"services/{service}/config.yaml", module],
                {"DATABASE_URL": self.databases[service], "WEB_SERVER_ADDRESS": f"127.0.0.1:{infra.free_port()}"},
            )
        if projector_exists():
            # its probe port free on this machine (make up's own projector may hold the default)
            self._spawn(
                "card_projector",
                [sys.executable, "-m", "gateway.card_projector"],
                {**gateway_env, "WORKER_HTTP_PORT": str(infra.free_port())},
            )
        self._spawn("gateway", self._gunicorn("gateway.app:create_app_from_env()", self.port), gateway_env)
        self.wait_ready(f"{self.base_url}/readyz")

    def start_floor(self, body_bytes: int) -> None:
        self._spawn("floor", self._gunicorn("bench.floor:create_app()", self.floor_port), {"FLOOR_BODY_BYTES": str(body_bytes)})
        self.wait_ready(f"{self.floor_url}/healthz")

    def start_fanout_floor(self) -> None:
        """Five no-op services and the endpoint that asks them all (bench/fanout_floor.py)."""
        for name in SERVICE_CLASSES:
            self._spawn(
                f"fanout_{name.lower()}",
                [str(BIN / "nameko"), "run", "--config", "bench/fanout_floor.yaml", f"bench.fanout_floor:{name}"],
                {"WEB_SERVER_ADDRESS": f"127.0.0.1:{infra.free_port()}"},
            )
        self._spawn("fanout_floor", self._gunicorn("bench.fanout_floor:create_app()", self.fanout_port), {})
        self.wait_ready(f"{self.fanout_url}/healthz")

    def wait_settled(self, *, window_s: float = 5, busy_share: float = 0.15, timeout_s: float = 600) -> float:
        """Wait until the suite's processes together use under `busy_share` of one core over a window (a
        fresh suite has start-up work: loyalty's first tier roll over every seeded client takes about two
        minutes of a core at 100,000). Returns the seconds waited."""
        started = time.monotonic()
        pids = [process.pid for process in self.processes.values()]
        while time.monotonic() - started < timeout_s:
            before = tree_cpu_ms(pids)
            time.sleep(window_s)
            if tree_cpu_ms(pids) - before < busy_share * window_s * 1000:
                break
        return time.monotonic() - started

    def wait_ready(self, url: str, timeout: float = 90) -> None:
        deadline, last = time.monotonic() + timeout, None
        while time.monotonic() < deadline:
            try:
                last = requests.get(url, timeout=5)
                if last.status_code == 200:
                    return
            except requests.RequestException:
                pass  # not listening yet, or still warming up its connections
            time.sleep(0.3)
        raise RuntimeError(f"{url} not ready: {last.text[:500] if last is not None else 'no answer'} (logs: {LOGS})")

    def _stop_process(self, name: str) -> None:
        process = self.processes.pop(name)
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        except ProcessLookupError:
            pass

    def stop(self) -> None:
        """Stop every process and drop every resource; each step runs even if an earlier one failed."""
        for name in list(self.processes):
            self._guard(self._stop_process, name)
        if self.moto is not None:
            self._guard(self.moto.stop)
        for name in self.databases:
            self._guard(infra.drop_database, self.admin_url, f"{name}_bench_{self.suffix}")
        if self.vhost:
            self._guard(infra.delete_vhost, self.vhost)
        if self.redis_db is not None:
            self._guard(redis_cli, self.redis_db, "FLUSHDB")

    @staticmethod
    def _guard(step, *args) -> None:
        try:
            step(*args)
        except Exception as error:  # noqa: BLE001 - teardown goes on; the error is shown
            print(f"teardown: {step.__name__}: {error}", file=sys.stderr)
