"""The gateway's calls travel as transient messages: RabbitMQ would otherwise write every card section's
call to disk, for a message worth nothing once the request has answered."""

from nameko.constants import NON_PERSISTENT

from clientcard_kit.entrypoints import DeadlineRpc, rpc
from gateway.rpc import RpcPool


class Echo:
    name = "gateway_echo"

    @rpc
    def echo(self, value):
        return value


def test_a_call_through_the_pool_is_a_transient_message(container_factory, test_amqp_uri, monkeypatch):
    container_factory(Echo, {"AMQP_URI": test_amqp_uri, "serializer": "json"}).start()
    modes = []
    handle = DeadlineRpc.handle_message

    def record(self, body, message):
        modes.append(message.properties.get("delivery_mode"))
        return handle(self, body, message)

    monkeypatch.setattr(DeadlineRpc, "handle_message", record)
    pool = RpcPool(test_amqp_uri, timeout_s=5)
    try:
        with pool.lease(request_id="r1") as lease:
            assert lease.call("gateway_echo", "echo", 1) == 1
            assert lease.result(lease.call_async("gateway_echo", "echo", 2)) == 2
    finally:
        pool.close()

    assert modes == [NON_PERSISTENT, NON_PERSISTENT]
