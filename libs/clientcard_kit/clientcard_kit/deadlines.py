"""The caller's deadline, carried with each RPC: a call that reaches its service after the caller gave
up is dropped unrun, so a caller's timeout (the gateway's 504) means "not done".

A call that started before its deadline may still finish after it: that sliver is what an
Idempotency-Key closes. The deadline is wall-clock time (epoch seconds), as both sides keep NTP time.
"""

from __future__ import annotations

import time

from clientcard_kit.errors import ServiceError

DEADLINE_KEY = "deadline"  # in the call context; nameko sends it as the `nameko.deadline` header


class DeadlineExpired(ServiceError):
    """The call arrived after its caller's deadline: it was not run, nothing changed."""

    status = 504
    title = "Deadline passed"


def deadline_after(timeout_s: float, *, now: float | None = None) -> str:
    """The context value for a caller that waits `timeout_s` from now (a string: AMQP headers keep it exact)."""
    return f"{(time.time() if now is None else now) + timeout_s:.3f}"


def seconds_late(context_data: dict, *, now: float | None = None) -> float | None:
    """How long ago the caller's deadline passed; None while it has not (or the call carries none)."""
    value = context_data.get(DEADLINE_KEY)
    if value is None:
        return None
    try:
        deadline = float(value)
    except (TypeError, ValueError):
        return None  # not a deadline we wrote: run the call rather than drop it on a guess
    late = (time.time() if now is None else now) - deadline
    return late if late > 0 else None
