"""nameko needs eventlet's monkey patching before anything else is imported, and psycopg must
wait through the eventlet hub (ENVIRONMENT.md: otherwise one query blocks every green thread)."""
import os

os.environ.setdefault("PSYCOPG_WAIT_FUNC", "wait_selector")

import eventlet  # noqa: E402

eventlet.monkey_patch()
