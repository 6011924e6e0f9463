"""The pool lends each request a started proxy of its own, keeps the healthy ones and throws away the rest."""

import pytest

from gateway import rpc
from gateway.rpc import BrokerUnavailable, RpcPool

from .fake_cluster import FakeProxy, FakeService, silent


@pytest.fixture
def started(monkeypatch):
    """Every proxy the pool starts, on a cluster whose billing answers and loyalty stays silent."""
    proxies: list[FakeProxy] = []

    def start_proxy(config, timeout):
        assert timeout == 5 and config["AMQP_URI"] == "amqp://broker"
        proxies.append(FakeProxy({"billing": FakeService({"balance": 1}), "loyalty": FakeService(silent())}))
        return proxies[-1]

    monkeypatch.setattr(rpc, "ClusterRpcProxy", start_proxy)
    return proxies


def test_a_healthy_proxy_is_lent_again_with_the_new_requests_context(started):
    pool = RpcPool("amqp://broker", timeout_s=5)
    with pool.lease(request_id="r1") as lease:
        assert lease.call("billing", "get_balance") == {"balance": 1}
    with pool.lease(request_id="r2", actor_id="a2") as lease:
        lease.call("billing", "get_balance")

    assert len(started) == 1
    assert started[0]._worker_ctx.data["request_id"] == "r2" and started[0]._worker_ctx.data["actor_id"] == "a2"


def test_a_proxy_that_timed_out_is_stopped_not_lent_again(started):
    pool = RpcPool("amqp://broker", timeout_s=5)
    with pool.lease() as lease, pytest.raises(Exception, match="no reply"):
        lease.result(lease.call_async("loyalty", "get_card_section", "c1"), wait_s=0.1)
    with pool.lease() as lease:
        lease.call("billing", "get_balance")

    assert len(started) == 2 and started[0].stopped and not started[1].stopped


def test_concurrent_requests_get_proxies_of_their_own_and_close_stops_the_idle_ones(started):
    pool = RpcPool("amqp://broker", timeout_s=5, size=1)
    with pool.lease() as first, pool.lease() as second:
        assert first._proxy is not second._proxy
    assert sorted(proxy.stopped for proxy in started) == [False, True]  # one idle place: the other is stopped

    pool.close()
    assert all(proxy.stopped for proxy in started)


def test_a_broker_that_refuses_the_connection_is_broker_unavailable(monkeypatch):
    class Refused(FakeProxy):
        def start(self):
            raise ConnectionRefusedError("connection refused")

    refused: list[Refused] = []
    monkeypatch.setattr(rpc, "ClusterRpcProxy", lambda config, timeout: refused.append(Refused()) or refused[-1])

    with pytest.raises(BrokerUnavailable, match="ConnectionRefusedError"), RpcPool("amqp://broker", timeout_s=5).lease():
        pass
    assert refused[0].stopped
