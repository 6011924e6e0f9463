"""A service's own error is an answer: logged as expected, and it reaches the caller intact."""

import json
import logging

import pytest
from kombu.exceptions import OperationalError as KombuOperationalError
from nameko.constants import NON_PERSISTENT
from nameko.exceptions import RemoteError, RpcTimeout
from nameko.rpc import ReplyListener, Responder
from nameko.standalone.rpc import ServiceRpcProxy

from clientcard_kit.entrypoints import DeadlineRpc, rpc, rpc_proxy
from clientcard_kit.errors import NotFound


class Answering:
    name = "kit_answering"

    @rpc
    def find(self, thing_id):
        raise NotFound(f"No thing {thing_id}")

    @rpc
    def crash(self):
        raise KeyError("a bug")


def test_a_service_error_is_logged_as_expected_and_keeps_its_problem(container_factory, test_amqp_uri, caplog):
    config = {"AMQP_URI": test_amqp_uri, "serializer": "json"}
    container_factory(Answering, config).start()

    with caplog.at_level(logging.WARNING, logger="nameko.containers"), ServiceRpcProxy("kit_answering", config) as proxy:
        with pytest.raises(RemoteError) as answer:
            proxy.find("x1")
        with pytest.raises(RemoteError):
            proxy.crash()

    assert json.loads(answer.value.value) == {"status": 404, "title": "Not found", "detail": "No thing x1", "code": "NotFound"}
    levels = {record.levelname for record in caplog.records if "find" in record.getMessage()}
    assert levels == {"WARNING"}
    assert any(r.levelname == "ERROR" and "crash" in r.getMessage() for r in caplog.records)


class Echo:
    name = "kit_echo"

    @rpc
    def echo(self, value):
        return value


def test_an_answer_the_broker_could_not_take_leaves_the_service_running(container_factory, test_amqp_uri, monkeypatch):
    config = {"AMQP_URI": test_amqp_uri, "serializer": "json"}
    container = container_factory(Echo, config)
    container.start()
    failing = {"left": 1}
    original = Responder.send_response

    def broker_gone_once(self, result, exc_info):
        if failing["left"]:
            failing["left"] -= 1
            raise KombuOperationalError("Server unexpectedly closed connection")
        return original(self, result, exc_info)

    monkeypatch.setattr(Responder, "send_response", broker_gone_once)

    with ServiceRpcProxy("kit_echo", config, timeout=2) as proxy:
        with pytest.raises(RpcTimeout):  # its answer was lost: the caller's deadline tells it
            proxy.echo("lost")
        assert proxy.echo("after") == "after"

    assert not container._died.ready()  # nameko would have killed the service on the raised error


class Relaying:
    name = "kit_relaying"
    peer = rpc_proxy("kit_echo")

    @rpc
    def relay(self, value):
        return self.peer.echo(value)


def test_calls_between_services_and_their_answers_are_transient_messages(container_factory, test_amqp_uri, monkeypatch):
    """A call is worth nothing after its caller's deadline: the broker must not write it, or its answer, to disk."""
    config = {"AMQP_URI": test_amqp_uri, "serializer": "json"}
    container_factory(Echo, config).start()
    container_factory(Relaying, config).start()
    calls, answers = [], []
    handle_call, handle_answer = DeadlineRpc.handle_message, ReplyListener.handle_message

    def record_call(self, body, message):
        calls.append((self.method_name, message.properties.get("delivery_mode")))
        return handle_call(self, body, message)

    def record_answer(self, body, message):
        answers.append(message.properties.get("delivery_mode"))
        return handle_answer(self, body, message)

    monkeypatch.setattr(DeadlineRpc, "handle_message", record_call)
    monkeypatch.setattr(ReplyListener, "handle_message", record_answer)

    with ServiceRpcProxy("kit_relaying", config, timeout=5) as proxy:
        assert proxy.relay("v") == "v"

    assert ("echo", NON_PERSISTENT) in calls  # kit_relaying's call through rpc_proxy
    assert answers == [NON_PERSISTENT, NON_PERSISTENT]  # kit_echo's answer to it, and kit_relaying's to this test
