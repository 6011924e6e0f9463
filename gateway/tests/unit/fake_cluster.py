"""A stand-in for nameko's started ClusterRpcProxy: services answer, fail or stay silent on cue.

It stands in for the broker and the services, never for the gateway's own code: the real Lease,
RpcPool and card fan-out run against it.
"""

from __future__ import annotations

from types import SimpleNamespace

from nameko.exceptions import RemoteError, RpcTimeout


class Reply:
    def __init__(self, outcome):
        self._outcome = outcome

    def result(self):
        if isinstance(self._outcome, BaseException):
            raise self._outcome
        return self._outcome


class FakeService:
    """Every method answers `outcome`: a value, or an exception to raise when the reply is read."""

    def __init__(self, outcome, *, unreachable: bool = False):
        self.outcome, self.unreachable, self.calls = outcome, unreachable, []

    def __getattr__(self, method):
        def call(*args):
            self.calls.append((method, args))
            if self.unreachable:
                raise ConnectionError("the broker does not know this service")
            return self.outcome

        def call_async(*args):
            return Reply(call(*args))

        call.call_async = call_async
        call.publisher = SimpleNamespace(retry_policy=None)  # nameko's MethodProxy publishes through one
        return call


def silent():
    return RpcTimeout("no reply within the wait")


def remote_error(kind="ClientNotFound"):
    return RemoteError(kind, "as the service says")


class FakeProxy:
    """What Lease and RpcPool use of a ClusterRpcProxy: its context, its reply wait, start and stop."""

    def __init__(self, cluster: dict | None = None):
        self.cluster = cluster if cluster is not None else {}
        self._worker_ctx = SimpleNamespace(data={})
        self._reply_listener = SimpleNamespace(queue_consumer=SimpleNamespace(timeout=None))
        self.stopped = False

    def start(self):
        return self.cluster

    def stop(self):
        self.stopped = True
