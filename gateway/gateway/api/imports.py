"""Bulk client imports from CSV or XLSX, with a per-row report."""

from __future__ import annotations

import base64

from flask import url_for
from flask.views import MethodView
from flask_smorest import Blueprint
from webargs.flaskparser import FlaskParser
from webargs.multidictproxy import MultiDictProxy
from werkzeug.datastructures import CombinedMultiDict

from gateway.auth import requires
from gateway.errors import Problem
from gateway.import_reconciliation import reconcile, wants_reconciliation, with_phase
from gateway.requests_ctx import rpc
from gateway.schemas.imports import ImportSchema, ImportUploadSchema


class MultipartParser(FlaskParser):
    """Adds the `multipart` location: a form's files and fields together, as one schema."""

    __location_map__ = dict(multipart="load_multipart", **FlaskParser.__location_map__)

    def load_multipart(self, req, schema):
        return MultiDictProxy(CombinedMultiDict([req.files, req.form]), schema)


class MultipartBlueprint(Blueprint):
    ARGUMENTS_PARSER = MultipartParser()
    DEFAULT_LOCATION_CONTENT_TYPE_MAPPING = {
        **Blueprint.DEFAULT_LOCATION_CONTENT_TYPE_MAPPING,
        "multipart": "multipart/form-data",
    }


blp = MultipartBlueprint("imports", __name__, url_prefix="/api/v1/imports", description="Client imports")

MAX_BYTES = 10 * 1024 * 1024
PARSE_BUDGET_S = 30.0
RECONCILE_BUDGET_S = 5.0  # profile reads the whole file before it answers: a large XLSX takes seconds


@blp.route("")
class Imports(MethodView):
    @requires("clients:write")
    @blp.arguments(ImportUploadSchema, location="multipart")
    @blp.response(202, ImportSchema)
    def post(self, data):
        """Upload a CSV or XLSX file (multipart `file`, optional `dry_run`); columns are matched by header
        name. Answers 202 with the import, which runs in the background: poll `GET /imports/{id}`.
        A malformed file is a 422, a file over 10 MB a 413; neither changes anything."""
        upload = data["file"]
        content = upload.stream.read(MAX_BYTES + 1)
        if len(content) > MAX_BYTES:
            raise Problem(413, "Payload too large", "Import files are limited to 10 MB", code="import-file-too-large")
        with rpc() as lease:
            reply = lease.call_async(
                "profile",
                "start_import",
                base64.b64encode(content).decode(),
                upload.filename,
                data["dry_run"],
                data["kind"],
            )
            job = lease.result(reply, wait_s=PARSE_BUDGET_S)
        return job, 202, {"Location": url_for("imports.Import", import_id=job["id"])}


@blp.route("/<import_id>")
class Import(MethodView):
    @requires("clients:read")
    @blp.response(200, ImportSchema)
    def get(self, import_id):
        """The import's status, progress (its phase: queued, validating, posting, reconciling, completed or
        failed, with rows done of total), counts (created, updated, conflicts, skipped, duplicates, errors),
        per-row report and totals; once a real client import completed, its `reconciliation`: the
        same totals as the ledger and loyalty hold them, and whether they match."""
        with rpc() as lease:
            job = lease.call("profile", "get_import", import_id)
            if wants_reconciliation(job):
                job["reconciliation"] = reconcile(
                    job["totals"], *(_totals(lease, service, import_id) for service in ("billing", "loyalty"))
                )
                job["progress"] = with_phase(job.get("progress"), job["reconciliation"])
        return job


def _totals(lease, service: str, import_id: str) -> dict | None:
    """A service's figures for the import; None when it does not answer now (the import itself is still shown)."""
    try:
        return lease.result(lease.call_async(service, "get_import_totals", import_id), wait_s=RECONCILE_BUDGET_S)
    except Exception:  # noqa: BLE001 - any failure of one service costs only its half of the reconciliation
        return None
