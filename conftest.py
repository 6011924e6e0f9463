"""nameko needs eventlet's monkey patching before anything else is imported, and psycopg must
wait through the eventlet hub (ENVIRONMENT.md: otherwise one query blocks every green thread)."""

import os

os.environ.setdefault("PSYCOPG_WAIT_FUNC", "wait_selector")

import eventlet  # noqa: E402

eventlet.monkey_patch()


# Tests that drive real processes (the whole suite over HTTP, a browser, a service on a real broker, a
# container's command) share two cores with them and with whatever else runs on the machine: one timing
# accident (a connection dropped by a process under load, a redraw racing a click) must not hide a whole
# run. Such a test gets one more try; a failure that repeats still fails the run, and every retry shows in
# the summary ("rerun").
_REAL_PROCESS_TESTS = ("tests/integration/", "tests/web/", "tests/deploy/")


def _drives_real_processes(nodeid: str) -> bool:
    return nodeid.startswith(_REAL_PROCESS_TESTS) or "/tests/service/" in nodeid


def pytest_collection_modifyitems(items):
    import pytest

    for item in items:
        if _drives_real_processes(item.nodeid):
            item.add_marker(pytest.mark.flaky(reruns=1, reruns_delay=2))
