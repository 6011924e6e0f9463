"""Each RPC the gateway sends carries the moment its wait ends, so a service that only gets it later drops it."""

import time
from types import SimpleNamespace

from clientcard_kit.deadlines import DEADLINE_KEY
from gateway.rpc import Lease


class RecordingService:
    """A cluster proxy's service: remembers the context each call was sent with."""

    def __init__(self, context: dict):
        self._context = context
        self.sent: list[dict] = []
        self.retry_policies: list[dict | None] = []

    def __getattr__(self, method):
        def call(*args, **kwargs):
            self.sent.append(dict(self._context))
            self.retry_policies.append(call.publisher.retry_policy)
            return method

        call.call_async = call
        call.publisher = SimpleNamespace(retry_policy=None)  # nameko's MethodProxy publishes through one
        return call


def _lease(timeout_s: float):
    context: dict = {}
    proxy = SimpleNamespace(
        _worker_ctx=SimpleNamespace(data=context), _reply_listener=SimpleNamespace(queue_consumer=SimpleNamespace(timeout=None))
    )
    billing = RecordingService(context)
    return Lease(proxy, {"billing": billing}, timeout_s, {"request_id": "r1"}), billing


def test_every_call_carries_a_deadline_of_now_plus_the_callers_wait():
    lease, billing = _lease(timeout_s=5)
    before = time.time()
    lease.call("billing", "top_up")
    lease.call_async("billing", "get_balance")
    after = time.time()

    for context in billing.sent:
        assert before + 5 - 0.001 <= float(context[DEADLINE_KEY]) <= after + 5 + 0.001  # kept to the ms
        assert context["request_id"] == "r1"


def test_a_later_call_gets_a_later_deadline():
    lease, billing = _lease(timeout_s=5)
    lease.call("billing", "top_up")
    time.sleep(0.02)
    lease.call("billing", "top_up")
    first, second = (float(context[DEADLINE_KEY]) for context in billing.sent)
    assert second > first


def test_a_call_is_published_again_at_most_once_and_at_once():
    # nameko's default (three more tries, 2, 4 and 6 s apart) held requests past any client's patience
    # while the broker was away; once more at once still covers a pooled connection the broker dropped
    lease, billing = _lease(timeout_s=5)

    lease.call("billing", "get_balance")
    lease.call_async("billing", "get_balance")

    assert [policy["max_retries"] for policy in billing.retry_policies] == [1, 1]
    assert all(policy["interval_start"] == 0 for policy in billing.retry_policies)
