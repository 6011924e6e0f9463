"""Print the gateway's OpenAPI document, built from the code without a running suite (for `make sdk`)."""

from __future__ import annotations

import json
import sys

from gateway.app import create_app
from gateway.settings import Settings


def document() -> dict:
    # nothing is connected: engines, Redis and the RPC pool are only built, never used
    settings = Settings(database_url="postgresql+psycopg://127.0.0.1/unused", amqp_uri="amqp://127.0.0.1/unused")
    app = create_app(settings, rpc_pool=object())
    return app.test_client().get("/api/v1/openapi.json").get_json()


if __name__ == "__main__":
    json.dump(document(), sys.stdout, indent=1, sort_keys=False)
    sys.stdout.write("\n")
