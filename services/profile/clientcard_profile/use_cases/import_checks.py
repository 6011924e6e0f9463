"""Asking the owning services to check an import's rows before anything is posted.

billing turns opening balances (and visit prices) into minor units of the chain's currency;
loyalty checks points' expiry, gift card codes and amounts. Each answers with the parts as they
will be posted, or errors by column. A service that does not answer leaves the import queued:
it is validated again on the next tick, and nothing was written.
"""

from __future__ import annotations

import eventlet
from nameko.exceptions import RemoteError, UnknownService

from clientcard_profile.domain.import_extras import OWNERS

BATCH = 5000  # rows per call: large enough to be quick, small enough for one message
CHECKED_BY = ("billing", "loyalty")


class ServicesUnavailable(Exception):
    """A service did not answer its check; the import waits and is tried again."""


class ServiceChecks:
    """The `validate_import_rows` RPC of billing and loyalty, each call with a deadline."""

    def __init__(self, proxies: dict, timeout_s: float = 60.0):
        self._proxies, self._timeout_s = proxies, timeout_s

    def validate(self, service: str, rows: list[dict]) -> list[dict]:
        try:
            with eventlet.Timeout(self._timeout_s):
                return self._proxies[service].validate_import_rows.call_async(rows).result()["rows"]
        except (eventlet.Timeout, UnknownService, RemoteError) as error:
            raise ServicesUnavailable(f"{service} did not check the import: {type(error).__name__}") from error


def check_parts(checks: ServiceChecks | None, rows: list[tuple[int, str | None, dict]]) -> dict[int, tuple[dict, dict]]:
    """{row: (parts as the owners will post them, errors by column)} for rows `(row, external_id, parts)`.

    Parts owned by profile or messaging are checked by profile itself (they pass through as given).
    """
    checked = {
        row: ({name: value for name, value in parts.items() if OWNERS[name] not in CHECKED_BY}, {}) for row, _, parts in rows
    }
    for service in CHECKED_BY:
        asked = [
            {"row": row, "external_id": external_id, "parts": {n: v for n, v in parts.items() if OWNERS[n] == service}}
            for row, external_id, parts in rows
        ]
        asked = [entry for entry in asked if entry["parts"]]
        if asked and checks is None:
            raise ServicesUnavailable(f"no way to ask {service}")
        for start in range(0, len(asked), BATCH):
            for answer in checks.validate(service, asked[start : start + BATCH]):
                parts, errors = checked[answer["row"]]
                parts.update(answer["parts"])
                for column, messages in answer["errors"].items():
                    errors.setdefault(column, []).extend(messages)
    return checked
