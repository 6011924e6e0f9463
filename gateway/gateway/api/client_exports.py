"""`GET /clients/export.csv`: the client list as CSV, streamed page by page from profile."""
from __future__ import annotations

import csv
import io
import re

from flask import Response, stream_with_context
from flask.views import MethodView
from flask_smorest import Blueprint

from gateway.auth import requires
from gateway.requests_ctx import rpc
from gateway.schemas.imports import ExportArgs

blp = Blueprint("client_exports", __name__, url_prefix="/api/v1/clients", description="Client export")

PAGE = 1000
PHONE_LIKE = re.compile(r"^\+?[0-9 ()-]+$")


def _safe(value) -> str:
    """Cells a spreadsheet would run as a formula get a leading quote (phones like +44... are left alone)."""
    if value is None:
        return ""
    text = str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r") and not PHONE_LIKE.match(text):
        return "'" + text
    return text


def _csv_line(values) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerow([_safe(value) for value in values])
    return buffer.getvalue()


@blp.route("/export.csv")
class ClientExport(MethodView):
    @requires("clients:read")
    @blp.arguments(ExportArgs, location="query")
    @blp.doc(responses={"200": {"description": "CSV, one client per row", "content": {"text/csv": {}}}})
    def get(self, args):
        """Every client (active by default; `status=archived` or `all`) as CSV, streamed."""
        status = None if args["status"] == "all" else args["status"]
        with rpc() as lease:  # the first page is fetched here so a failure is still a problem+json
            first = lease.call("profile", "export_clients", None, PAGE, status)

        def rows():
            page = first
            yield _csv_line(page["columns"])
            while True:
                for item in page["items"]:
                    yield _csv_line(item[column] for column in page["columns"])
                if not page["next_cursor"]:
                    return
                with rpc() as lease:
                    page = lease.call("profile", "export_clients", page["next_cursor"], PAGE, status)

        headers = {"Content-Disposition": 'attachment; filename="clients.csv"'}
        return Response(stream_with_context(rows()), mimetype="text/csv", headers=headers)
