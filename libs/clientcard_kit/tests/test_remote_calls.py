"""A service's call to another: answered, the peer's problem passed on, or a 503 when the peer is slow, down or broken."""

import json
import time

import eventlet
import pytest
from nameko.exceptions import RemoteError, UnknownService
from nameko.rpc import RpcProxy
from nameko.standalone.rpc import ServiceRpcProxy

from clientcard_kit import remote_calls
from clientcard_kit.entrypoints import rpc
from clientcard_kit.errors import NotFound, RemoteProblem, ServiceUnavailable
from clientcard_kit.settings import rpc_deadline_s


class FakeProxy:
    """Stands in for an RpcProxy: each method does what the test says."""

    def __init__(self, **methods):
        self.__dict__.update(methods)


def _raise(error):
    def method(*args):
        raise error

    return method


def test_an_answer_comes_back_as_it_is():
    proxy = FakeProxy(get_thing=lambda thing_id: {"id": thing_id})
    assert remote_calls.call(proxy, "things", "get_thing", "t1", deadline_s=1) == {"id": "t1"}


def test_a_peer_that_does_not_answer_in_time_is_a_503_after_the_deadline():
    proxy = FakeProxy(get_thing=lambda: eventlet.sleep(5))
    started = time.monotonic()
    with pytest.raises(ServiceUnavailable, match="did not answer get_thing in time") as raised:
        remote_calls.call(proxy, "things", "get_thing", deadline_s=0.2)
    assert 0.2 <= time.monotonic() - started < 1
    assert json.loads(str(raised.value))["status"] == 503


def test_a_peer_that_is_not_running_is_the_callers_own_unavailable_error():
    class ThingsDown(ServiceUnavailable):
        title = "Things unavailable"

    proxy = FakeProxy(get_thing=_raise(UnknownService("things")))
    with pytest.raises(ThingsDown, match="things is not running"):
        remote_calls.call(proxy, "things", "get_thing", deadline_s=1, unavailable=ThingsDown)


def test_the_peers_problem_is_passed_on_with_its_status_title_and_code():
    value = json.dumps(
        {
            "status": 422,
            "title": "Gift card insufficient",
            "detail": "1.00 left",
            "code": "GiftCardInsufficient",
            "errors": {"amount": ["too much"]},
        }
    )
    proxy = FakeProxy(hold=_raise(RemoteError("GiftCardInsufficient", value)))
    with pytest.raises(RemoteProblem) as raised:
        remote_calls.call(proxy, "loyalty", "hold", deadline_s=1)
    assert raised.value.problem() == json.loads(value)


def test_a_peer_that_crashed_is_a_503_without_its_internals():
    proxy = FakeProxy(get_thing=_raise(RemoteError("KeyError", "'secret internal detail'")))
    with pytest.raises(ServiceUnavailable) as raised:
        remote_calls.call(proxy, "things", "get_thing", deadline_s=1)
    assert "secret" not in str(raised.value) and "KeyError" in str(raised.value)


def test_an_outer_deadline_is_left_to_its_owner():
    proxy = FakeProxy(get_thing=lambda: eventlet.sleep(5))
    outer = eventlet.Timeout(0.1)
    with pytest.raises(eventlet.Timeout) as raised:
        remote_calls.call(proxy, "things", "get_thing", deadline_s=2)
    assert raised.value is outer
    outer.cancel()


def test_a_service_waits_for_another_a_share_of_rpc_timeout_s():
    assert rpc_deadline_s({}) == pytest.approx(3.0)
    assert rpc_deadline_s({"RPC_TIMEOUT_S": "10"}) == pytest.approx(6.0)
    for bad in ("0", "soon"):
        with pytest.raises(ValueError, match="RPC_TIMEOUT_S"):
            rpc_deadline_s({"RPC_TIMEOUT_S": bad})


class Peer:
    name = "kit_remote_peer"

    @rpc
    def find(self, thing_id):
        raise NotFound(f"No thing {thing_id}")

    @rpc
    def slow(self):
        eventlet.sleep(3)


class Caller:
    name = "kit_remote_caller"
    peer = RpcProxy("kit_remote_peer")
    nobody = RpcProxy("kit_remote_nobody")

    @rpc
    def ask(self, what):
        target = self.nobody if what == "nobody" else self.peer
        try:
            # a generous deadline but for the slow call: a loaded test machine must not turn answers into 503s
            return remote_calls.call(
                target, "peer", what, *(["x1"] if what == "find" else []), deadline_s=0.5 if what == "slow" else 10
            )
        except (RemoteProblem, ServiceUnavailable) as error:
            return error.problem()


def test_over_rabbitmq_a_peers_problem_keeps_its_status_and_a_slow_or_absent_peer_is_a_503(container_factory, test_amqp_uri):
    config = {"AMQP_URI": test_amqp_uri, "serializer": "json"}
    container_factory(Peer, config).start()
    container_factory(Caller, config).start()
    with ServiceRpcProxy("kit_remote_caller", config) as caller:
        found = caller.ask("find")
        slow = caller.ask("slow")
        absent = caller.ask("nobody")
    assert (found["status"], found["title"], found["code"]) == (404, "Not found", "NotFound")
    assert (slow["status"], slow["detail"]) == (503, "peer did not answer slow in time")
    assert (absent["status"], absent["detail"]) == (503, "peer is not running")
