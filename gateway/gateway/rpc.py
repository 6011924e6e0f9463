"""A pool of started nameko cluster proxies: one per in-flight request, never shared.

Proxies are created lazily (so after gunicorn forks), always with a timeout, and thrown
away after any error, since a timed-out proxy may still receive the late reply.
"""

from __future__ import annotations

import logging
import queue
from contextlib import contextmanager

from nameko.constants import NON_PERSISTENT
from nameko.exceptions import RemoteError
from nameko.standalone.rpc import ClusterRpcProxy

from clientcard_kit.deadlines import DEADLINE_KEY, deadline_after
from clientcard_kit.entrypoints import BROKER_ERRORS

log = logging.getLogger(__name__)


# nameko retries a failed publish three times, 2, 4 and 6 s apart: during a broker outage a request then
# outlives any client's patience. Once more at once is enough for a pooled connection the broker dropped.
PUBLISH_RETRY = {"max_retries": 1, "interval_start": 0, "interval_step": 0, "interval_max": 0}


class Lease:
    """One request's use of one proxy."""

    def __init__(self, proxy: ClusterRpcProxy, cluster, timeout_s: float, context: dict):
        self._proxy = proxy
        self._cluster = cluster
        self._timeout_s = timeout_s
        self.broken = False
        # context data travels in the headers of every call: request id and actor
        proxy._worker_ctx.data.clear()
        proxy._worker_ctx.data.update(context)

    def _set_wait(self, seconds: float) -> None:
        # nameko applies its timeout per socket read; set it per wait to honour a deadline.
        self._proxy._reply_listener.queue_consumer.timeout = max(seconds, 0.001)

    def _stamp_deadline(self) -> None:
        # the service drops a call that reaches it later than this: by then we have answered 504
        self._proxy._worker_ctx.data[DEADLINE_KEY] = deadline_after(self._timeout_s)

    def _method(self, service: str, method: str):
        proxy = getattr(self._cluster[service], method)
        proxy.publisher.retry_policy = PUBLISH_RETRY
        # a call is worth nothing after its deadline: not written to the broker's disk (clientcard_kit.entrypoints)
        proxy.publisher.delivery_mode = NON_PERSISTENT
        return proxy

    def call(self, service: str, method: str, *args, **kwargs):
        self._set_wait(self._timeout_s)
        self._stamp_deadline()
        with self._failures(remote_error_breaks=True):
            return self._method(service, method)(*args, **kwargs)

    def call_async(self, service: str, method: str, *args, **kwargs):
        self._stamp_deadline()
        with self._failures(remote_error_breaks=True):
            return self._method(service, method).call_async(*args, **kwargs)

    def result(self, reply, *, wait_s: float | None = None):
        """The reply's result, waiting at most `wait_s` (the lease timeout by default)."""
        self._set_wait(self._timeout_s if wait_s is None else wait_s)
        with self._failures(remote_error_breaks=False):
            return reply.result()

    @contextmanager
    def _failures(self, *, remote_error_breaks: bool):
        """A failed call breaks the proxy (it may still get a late reply); a broker's failure (a cut or restart
        fails a connection in many ways, even a setsockopt EINVAL while reconnecting) is BrokerUnavailable."""
        try:
            yield
        except BROKER_ERRORS as error:
            self.broken = True
            raise BrokerUnavailable.because(error) from error
        except Exception as error:
            if remote_error_breaks or not _is_remote_error(error):
                self.broken = True
            raise


def _is_remote_error(error: Exception) -> bool:
    # a RemoteError is the service's answer: the proxy itself is fine
    return isinstance(error, RemoteError)


class BrokerUnavailable(Exception):
    """RabbitMQ failed this request's RPC: no connection could be made, or it broke during the call."""

    @classmethod
    def because(cls, error: BaseException) -> BrokerUnavailable:
        return cls(f"{type(error).__name__}: {error}")


class RpcPool:
    def __init__(self, amqp_uri: str, *, timeout_s: float, size: int = 16, ssl: dict | None = None):
        self._config = {"AMQP_URI": amqp_uri, "serializer": "json", "AMQP_SSL": ssl}
        self._timeout_s = timeout_s
        self._idle: queue.LifoQueue = queue.LifoQueue(maxsize=size)

    def _start(self) -> tuple[ClusterRpcProxy, object]:
        proxy = ClusterRpcProxy(self._config, timeout=self._timeout_s)
        try:
            return proxy, proxy.start()
        except BROKER_ERRORS as error:
            _stop_quietly(proxy)
            raise BrokerUnavailable.because(error) from error

    @contextmanager
    def lease(
        self,
        request_id: str | None = None,
        actor_id: str | None = None,
        actor_name: str | None = None,
        access: dict | None = None,
    ):
        try:
            proxy, cluster = self._idle.get_nowait()
        except queue.Empty:
            proxy, cluster = self._start()
        context = {"request_id": request_id, "actor_id": actor_id, "actor_name": actor_name, **(access or {})}
        lease = Lease(proxy, cluster, self._timeout_s, context)
        try:
            yield lease
        finally:
            self._give_back(proxy, cluster, lease.broken)

    def _give_back(self, proxy, cluster, broken: bool) -> None:
        if not broken:
            try:
                self._idle.put_nowait((proxy, cluster))
                return
            except queue.Full:
                pass
        _stop_quietly(proxy)

    def close(self) -> None:
        while True:
            try:
                proxy, _ = self._idle.get_nowait()
            except queue.Empty:
                return
            _stop_quietly(proxy)


def _stop_quietly(proxy: ClusterRpcProxy) -> None:
    try:
        proxy.stop()
    except Exception:  # noqa: BLE001 - a dead proxy has nothing left to stop
        log.debug("stopping a broken proxy failed", exc_info=True)
