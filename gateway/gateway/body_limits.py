"""How large a request body may be: an upload's limit is set before anything reads it.

The app's MAX_CONTENT_LENGTH holds for every route; a view marked with a `body_limit` callable
(uploads) gets its own, applied here, ahead of the input guard that reads forms. A JSON body gets
JSON_LIMIT: the largest legitimate one (an invoice of 200 lines) is a few dozen kilobytes, and parsing
megabytes of JSON would hold a worker for nothing.
"""

from __future__ import annotations

from flask import current_app, request
from werkzeug.exceptions import RequestEntityTooLarge

JSON_LIMIT = 1024 * 1024


def apply() -> None:
    """before_request: the view's own body limit, if it declares one, else JSON_LIMIT for a JSON body."""
    view = current_app.view_functions.get(request.endpoint)
    handler = getattr(getattr(view, "view_class", None), request.method.lower(), view)
    limit = getattr(handler, "body_limit", None)
    if limit is not None:
        request.max_content_length = limit()
    # read within the app's limit before refusing: answering a body not yet read makes the server close the
    # connection under a client still sending, which then never sees the 413
    elif request.is_json and len(request.get_data()) > JSON_LIMIT:
        raise RequestEntityTooLarge(f"A JSON body is limited to {JSON_LIMIT // 1024} KiB")
