"""Bytes between the caller and the files service's own HTTP endpoint, chunk by chunk, by ticket:
no file is held whole in the gateway's memory or sent whole in an RPC message."""

from __future__ import annotations

import os
from urllib.parse import quote

import requests
from flask import Response, g, stream_with_context

from gateway.errors import Problem

CHUNK = 256 * 1024
TIMEOUT_S = (5, 120)  # connect, then the longest pause between two chunks


def _headers(ticket_header: str, ticket: str) -> dict:
    return {ticket_header: ticket, "X-Request-ID": getattr(g, "request_id", "") or ""}


def _problem(response: requests.Response) -> Problem:
    try:
        body = response.json()
    except ValueError:
        body = {}
    return Problem(
        response.status_code,
        body.get("title") or "File transfer failed",
        body.get("detail") or "",
        errors=body.get("errors"),
        code=body.get("code"),
    )


def send(upload, ticket: dict) -> dict:
    """Stream an uploaded file (werkzeug spooled it to disk) to the files service; its answer, or its problem."""
    stream = upload.stream
    stream.seek(0, os.SEEK_END)
    size = stream.tell()
    stream.seek(0)
    try:
        # an empty stream would go chunked beside its Content-Length: send it as the empty body it is
        response = requests.put(
            ticket["url"],
            data=stream if size else b"",
            timeout=TIMEOUT_S,
            headers={**_headers("X-Upload-Ticket", ticket["ticket"]), "Content-Length": str(size)},
        )
    except requests.RequestException as error:
        raise Problem(503, "Files unavailable", "The files service did not take the upload") from error
    if response.status_code != 201:
        raise _problem(response)
    return response.json()


def relay(ticket: dict, *, disposition: str = "inline") -> Response:
    """The file streamed from the files service, with its type and name."""
    try:
        upstream = requests.get(
            ticket["url"], stream=True, timeout=TIMEOUT_S, headers=_headers("X-Download-Ticket", ticket["ticket"])
        )
    except requests.RequestException as error:
        raise Problem(503, "Files unavailable", "The files service did not send the file") from error
    if upstream.status_code != 200:
        upstream.close()
        raise _problem(upstream)

    def chunks():
        try:
            yield from upstream.iter_content(CHUNK)
        finally:
            upstream.close()

    headers = {"Content-Disposition": f"{disposition}; filename*=UTF-8''{quote(ticket['filename'])}"}
    if ticket.get("size") is not None:
        headers["Content-Length"] = str(ticket["size"])
    return Response(stream_with_context(chunks()), mimetype=ticket["content_type"], headers=headers, direct_passthrough=True)
