"""nameko's `@rpc`, with our own errors marked expected (a 404 or 422 is an answer, not a crash), and
calls that arrive after their caller's deadline dropped before any worker runs them, and an answer
that cannot be sent (the broker away) never taking the service down. Answers are published without
publisher confirms: a lost answer is one its caller's deadline already covers, and waiting for the
broker's confirm of every answer cost an eighth of a service's CPU per call.

Calls and answers travel as transient messages (`rpc_proxy`, the gateway's pool, `_AnswerResponder`): nameko
publishes every message persistent, so RabbitMQ wrote each call and each answer to disk (23 KB per search)
for a message whose worth ends with its caller's deadline, seconds later. Events stay persistent.

nameko logs an expected error as a warning instead of an error with a traceback, so service logs
show real failures only.
"""

from __future__ import annotations

import logging

import amqp.exceptions
from kombu.exceptions import KombuError
from nameko.amqp.publish import Publisher
from nameko.constants import (
    AMQP_SSL_CONFIG_KEY,
    AMQP_URI_CONFIG_KEY,
    DEFAULT_SERIALIZER,
    LOGIN_METHOD_CONFIG_KEY,
    NON_PERSISTENT,
    SERIALIZER_CONFIG_KEY,
)
from nameko.rpc import Responder, Rpc, RpcProxy, get_rpc_exchange

from clientcard_kit import database, deadlines
from clientcard_kit.errors import ServiceError

log = logging.getLogger(__name__)

BROKER_ERRORS = (KombuError, amqp.exceptions.AMQPError, OSError)


class _UnconfirmedPublisher(Publisher):
    use_confirms = False
    delivery_mode = NON_PERSISTENT


def rpc_proxy(service: str) -> RpcProxy:
    """nameko's RpcProxy whose calls are transient messages (see the module). Its publisher keeps confirms:
    nameko learns from the confirm that no service is listening (UnknownService)."""
    return RpcProxy(service, delivery_mode=NON_PERSISTENT)


class _AnswerResponder(Responder):
    publisher_cls = _UnconfirmedPublisher


class DeadlineRpc(Rpc):
    """An RPC entrypoint that refuses a call whose caller has stopped waiting (queued while we were down)."""

    def handle_message(self, body, message):
        context = self.unpack_message_headers(message)
        late = deadlines.seconds_late(context)
        if late is not None:
            log.warning(
                "%s.%s dropped unrun: its caller's deadline passed %.1f s ago (request %s)",
                self.container.service_name,
                self.method_name,
                late,
                context.get("request_id") or "-",
            )
            # raised before a worker exists, so nothing ran; nameko's consumer replies with it and acks
            raise deadlines.DeadlineExpired(f"The call reached {self.container.service_name} after its caller's deadline")
        super().handle_message(body, message)

    def handle_result(self, message, worker_ctx, result, exc_info):
        """The answer could not be sent (the broker went away meanwhile): logged, never raised, for
        nameko would kill the whole service with it. The request stays unacked, so it is delivered
        again once the broker is back, and then dropped unrun when its caller's deadline has passed."""
        try:
            return self._answer(message, result, exc_info)
        except BROKER_ERRORS as error:
            log.warning(
                "%s.%s: its answer could not be sent (%s); the caller's deadline will tell it",
                self.container.service_name,
                self.method_name,
                type(error).__name__,
            )
            return result, exc_info

    def _answer(self, message, result, exc_info):
        # nameko's RpcConsumer.handle_result, with a responder that does not wait for confirms
        config = self.container.config
        responder = _AnswerResponder(
            config[AMQP_URI_CONFIG_KEY],
            get_rpc_exchange(config),
            config.get(SERIALIZER_CONFIG_KEY, DEFAULT_SERIALIZER),
            message,
            ssl=config.get(AMQP_SSL_CONFIG_KEY),
            login_method=config.get(LOGIN_METHOD_CONFIG_KEY),
        )
        result, exc_info = responder.send_response(result, exc_info)
        self.rpc_consumer.queue_consumer.ack_message(message)
        return result, exc_info


def rpc(method=None, *, expected_exceptions=ServiceError, **kwargs):
    """Use as `@rpc` or `@rpc(sensitive_arguments=...)`. A lost database connection re-runs the call once
    before any commit, and a database that cannot serve answers 503 (clientcard_kit.database)."""
    decorator = DeadlineRpc.decorator(expected_exceptions=expected_exceptions, **kwargs)

    def apply(fn):
        return decorator(database.answer_database_faults(fn))

    return apply(method) if method is not None else apply
