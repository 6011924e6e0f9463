"""The plumbing of the service's own HTTP endpoint (reached only by the gateway): request bodies read
in chunks, answers as JSON or problem+json, downloads streamed chunk by chunk."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

from werkzeug.wrappers import Response

from clientcard_kit.errors import ServiceError

CHUNK = 256 * 1024


def body_chunks(request) -> Iterator[bytes]:
    stream = request.stream
    while chunk := stream.read(CHUNK):
        yield chunk


def _problem(error: ServiceError) -> Response:
    return Response(str(error), status=error.status, mimetype="application/problem+json")


def answer(call: Callable[[], dict], *, status: int = 200) -> Response:
    try:
        return Response(json.dumps(call()), status=status, mimetype="application/json")
    except ServiceError as error:
        return _problem(error)


def stream(call: Callable[[], Iterator[bytes]]) -> Response:
    """The chunks as they come from storage; an error before the first chunk is a problem document."""
    try:
        chunks = call()
    except ServiceError as error:
        return _problem(error)
    return Response(chunks, status=200, mimetype="application/octet-stream", direct_passthrough=True)
