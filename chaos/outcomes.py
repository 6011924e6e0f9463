"""What one HTTP attempt told the load: acknowledged, refused for good, or worth sending again.

502/503/504 with `Retry-After` are the API's documented answers while a service is down; any other
5xx is a defect, and so is a documented status without `Retry-After`.
"""

from __future__ import annotations

from dataclasses import dataclass

DOCUMENTED_5XX = (502, 503, 504)
RETRY_CAP_S = 5.0
ACKED, REJECTED, DOCUMENTED, UNDOCUMENTED, NO_ANSWER, THROTTLED = (
    "acked",
    "rejected",
    "documented",
    "undocumented",
    "no_answer",
    "throttled",
)


@dataclass(frozen=True)
class Attempt:
    """One request as the load saw it; `scenario` is the one running when it was sent."""

    scenario: str
    step: str
    started: float
    ended: float
    outcome: str
    status: int | None = None
    detail: str = ""  # the start of the answer's body, kept for failures only

    @property
    def failed(self) -> bool:
        return self.outcome not in (ACKED, REJECTED)


def classify(status: int | None, retry_after: str | None) -> str:
    """The outcome of an answer (`status` None: no answer at all, as a refused or timed-out connection)."""
    if status is None:
        return NO_ANSWER
    if 200 <= status < 300:
        return ACKED
    if status == 429:
        return THROTTLED
    if status in DOCUMENTED_5XX and retry_after:
        return DOCUMENTED
    if status >= 500:
        return UNDOCUMENTED
    return REJECTED


def retry_delay(outcome: str, retry_after: str | None) -> float:
    """How long to wait before sending the same request again: the server's `Retry-After`
    (capped, so a scenario still sees recovery), else one second."""
    if retry_after:
        try:
            return min(RETRY_CAP_S, max(0.2, float(retry_after)))
        except ValueError:
            pass  # an HTTP date: we do not wait that long in a few-minute run
    return 1.0
