"""One RPC call from a service to another, with a deadline: nameko 2's RpcProxy has none of its own.

What can come back:
- the answer;
- the peer's own problem (a remote `ServiceError`, e.g. a 404 or a 422), as a `RemoteProblem`
  with the same status, title and code, so the caller's caller sees what the peer said;
- `unavailable` (the kit's 503 `ServiceUnavailable` unless the caller names its own class) when
  the peer did not answer before the deadline, is not running, or failed without a problem.

Services take the deadline from `settings.rpc_deadline_s()`: a share of `RPC_TIMEOUT_S`, the time the gateway gives a service,
so that a slow peer is the service's 503 (nothing changed) rather than the gateway's 504.
"""

from __future__ import annotations

import eventlet
from nameko.exceptions import RemoteError, UnknownService

from clientcard_kit.errors import RemoteProblem, ServiceUnavailable


def call(proxy, service: str, method: str, *args, deadline_s: float, unavailable: type[Exception] = ServiceUnavailable):
    """`proxy.method(*args)` within `deadline_s`; raises RemoteProblem or `unavailable` (see the module)."""
    deadline = eventlet.Timeout(deadline_s)
    try:
        return getattr(proxy, method)(*args)
    except eventlet.Timeout as error:
        if error is not deadline:
            raise  # an outer deadline (the caller's own): not ours to answer for
        raise unavailable(f"{service} did not answer {method} in time") from error
    except UnknownService as error:
        raise unavailable(f"{service} is not running") from error
    except RemoteError as error:
        problem = RemoteProblem.parse(error.value)
        if problem is None:
            raise unavailable(f"{service} failed on {method}: {error.exc_type}") from error
        raise RemoteProblem(problem) from error
    finally:
        deadline.cancel()
