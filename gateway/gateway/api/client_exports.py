"""`GET /clients/export.csv` and `.xlsx`: the clients a key may see, page by page from profile."""

from __future__ import annotations

import csv
import io
import re

from flask import Response, stream_with_context
from flask.views import MethodView
from flask_smorest import Blueprint
from openpyxl import Workbook

from gateway.auth import requires
from gateway.requests_ctx import rpc
from gateway.schemas.imports import ExportArgs

blp = Blueprint("client_exports", __name__, url_prefix="/api/v1/clients", description="Client export")

PAGE = 1000
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
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
    csv.writer(buffer).writerow(values)
    return buffer.getvalue()


def _pages(status: str | None):
    """Profile's export pages: only the clients the key may see (profile filters by the key's locations)."""
    with rpc() as lease:  # the first page is fetched before streaming so a failure is still a problem+json
        first = lease.call("profile", "export_clients", None, PAGE, status)

    def rest():
        page = first
        while True:
            yield page
            if not page["next_cursor"]:
                return
            with rpc() as lease:
                page = lease.call("profile", "export_clients", page["next_cursor"], PAGE, status)

    return first["columns"], rest()


def _rows(pages, columns):
    for page in pages:
        for item in page["items"]:
            yield [_safe(item[column]) for column in columns]


@blp.route("/export.csv")
class ClientExport(MethodView):
    @requires("clients:read")
    @blp.arguments(ExportArgs, location="query")
    @blp.doc(responses={"200": {"description": "CSV, one client per row", "content": {"text/csv": {}}}})
    def get(self, args):
        """Every client the key may see (active by default; `status=archived` or `all`) as CSV, streamed."""
        columns, pages = _pages(None if args["status"] == "all" else args["status"])

        def lines():
            yield _csv_line(columns)
            for row in _rows(pages, columns):
                yield _csv_line(row)

        headers = {"Content-Disposition": 'attachment; filename="clients.csv"'}
        return Response(stream_with_context(lines()), mimetype="text/csv", headers=headers)


@blp.route("/export.xlsx")
class ClientExportXlsx(MethodView):
    @requires("clients:read")
    @blp.arguments(ExportArgs, location="query")
    @blp.doc(responses={"200": {"description": "XLSX, one client per row", "content": {XLSX: {}}}})
    def get(self, args):
        """Every client the key may see as an XLSX workbook (one sheet, a header row)."""
        columns, pages = _pages(None if args["status"] == "all" else args["status"])
        workbook = Workbook(write_only=True)  # rows go straight to the file, not kept as cell objects
        sheet = workbook.create_sheet("clients")
        sheet.append(columns)
        for row in _rows(pages, columns):
            sheet.append(row)
        buffer = io.BytesIO()
        workbook.save(buffer)
        headers = {"Content-Disposition": 'attachment; filename="clients.xlsx"'}
        return Response(buffer.getvalue(), mimetype=XLSX, headers=headers)
