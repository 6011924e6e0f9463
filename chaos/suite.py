"""The bench's own suite (bench/suite.py) with what the faults need: every process behind the
broker through a TCP proxy that can be cut, and single processes killed and started again."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import threading
import time
from urllib.parse import urlsplit, urlunsplit

import psycopg

from bench.seed import libpq_url
from bench.suite import BenchSuite
from clientcard_kit.testing import infra
from clientcard_kit.testing.tcp_proxy import TcpProxy


class ChaosSuite(BenchSuite):
    def __init__(self, *, workers: int, threads: int):
        super().__init__(workers=workers, threads=threads)
        self.commands: dict[str, tuple[list[str], dict[str, str]]] = {}
        self.proxy: TcpProxy | None = None
        self.exits: list[tuple[str, int, float]] = []  # processes that died on their own: name, exit code, when
        self._lock = threading.RLock()
        self._supervising = threading.Event()

    def create(self) -> None:
        super().create()
        # every service and the gateway reach RabbitMQ through the proxy, so a cut takes the broker from all of them
        broker = urlsplit(self.env["AMQP_URI"])
        self.proxy = TcpProxy(broker.hostname or "127.0.0.1", broker.port or 5672)
        netloc = f"{broker.username}:{broker.password}@127.0.0.1:{self.proxy.port}"
        self.env["AMQP_URI"] = urlunsplit(broker._replace(netloc=netloc))
        # the card projector's probe port: its default (8000) may be taken by `make up` or another run
        self.env["WORKER_HTTP_PORT"] = str(infra.free_port())

    def _spawn(self, name: str, command: list[str], extra_env: dict[str, str]) -> None:
        self.commands[name] = (command, extra_env)
        super()._spawn(name, command, extra_env)

    def supervise(self) -> None:
        """Start again any process that exits on its own, as Kubernetes or systemd would; each exit is
        kept in `exits` (the run reports it: a process should ride out a fault, not die of it)."""
        self._supervising.set()
        threading.Thread(target=self._supervisor, name="chaos-supervisor", daemon=True).start()

    def _supervisor(self) -> None:
        while self._supervising.is_set():
            with self._lock:
                for name, process in list(self.processes.items()):
                    if process.poll() is not None:
                        self.exits.append((name, process.returncode, time.monotonic()))
                        del self.processes[name]
                        self.restart(name)
            time.sleep(1)

    def kill(self, name: str) -> None:
        """kill -9 the process and its children (gunicorn's workers), as a crash or an OOM kill would."""
        with self._lock:
            process = self.processes.pop(name)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()

    def stop_one(self, name: str) -> None:
        """A clean stop (SIGTERM), as a scale-down or a rolling deploy would."""
        with self._lock:
            self._stop_process(name)

    def restart(self, name: str) -> None:
        with self._lock:
            command, extra_env = self.commands[name]
            if "WEB_SERVER_ADDRESS" in extra_env:  # the killed process's port may linger in TIME_WAIT
                extra_env = {**extra_env, "WEB_SERVER_ADDRESS": f"127.0.0.1:{infra.free_port()}"}
            super()._spawn(name, command, extra_env)
            self.commands[name] = (command, extra_env)

    def terminate_connections(self) -> int:
        """pg_terminate_backend on every connection to the suite's databases; returns how many."""
        names = [urlsplit(url).path.lstrip("/") for url in self.databases.values()]
        with psycopg.connect(libpq_url(self.admin_url), autocommit=True) as conn:
            rows = conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ANY(%s) AND pid <> pg_backend_pid()",
                (names,),
            ).fetchall()
        return sum(1 for (done,) in rows if done)

    def queue_depths(self) -> dict[str, int]:
        """Messages waiting in each of the run's queues (ready and unacknowledged)."""
        done = subprocess.run(
            ["rabbitmqctl", "-q", "list_queues", "-p", self.vhost, "--no-table-headers", "name", "messages"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        depths = {}
        for line in done.stdout.splitlines():
            parts = line.split()
            if len(parts) == 2 and parts[1].isdigit():
                depths[parts[0]] = int(parts[1])
        return depths

    def stop(self) -> None:
        self._supervising.clear()
        with self._lock:
            super().stop()
        if self.proxy is not None:
            self.proxy.cut()
