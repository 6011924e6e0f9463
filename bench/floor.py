"""The floor: a bare Flask endpoint returning a constant JSON body the size of a real card, run
under the same gunicorn settings as the gateway, so the table shows what the card costs above it."""

from __future__ import annotations

import json
import os

from flask import Flask, Response


def create_app() -> Flask:
    size = int(os.environ.get("FLOOR_BODY_BYTES", "1300"))
    filler = "x" * max(0, size - len('{"client": {"id": "00000000-0000-0000-0000-000000000000"}, "padding": ""}'))
    body = json.dumps({"client": {"id": "00000000-0000-0000-0000-000000000000"}, "padding": filler}).encode()
    app = Flask(__name__)

    @app.get("/card")
    def card() -> Response:
        return Response(body, mimetype="application/json")

    @app.get("/healthz")
    def healthz() -> Response:
        return Response(b'{"status": "ok"}', mimetype="application/json")

    return app
