"""Errors become RFC 9457 problems with field errors a caller can read."""

import json

import pytest
from flask import Flask
from kombu.exceptions import OperationalError as KombuOperationalError
from nameko.exceptions import RemoteError

from gateway.errors import flatten_webargs_messages, problem_response, register_error_handlers, remote_error_problem
from gateway.rpc import BrokerUnavailable, RpcPool


def test_webargs_messages_are_flattened_to_fields():
    messages = {"json": {"email": ["Not a valid email address."]}, "query": {"limit": ["Too big."]}}

    assert flatten_webargs_messages(messages) == {"email": ["Not a valid email address."], "limit": ["Too big."]}


def test_a_service_error_keeps_its_status_title_and_field_errors():
    value = json.dumps(
        {"status": 422, "title": "Invalid client", "detail": "bad", "code": "ClientInvalid", "errors": {"phone": ["nope"]}}
    )
    with Flask(__name__).test_request_context():
        response = remote_error_problem(RemoteError("ClientInvalid", value))

    body = json.loads(response.get_data())
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    assert body["type"].endswith("/client-invalid")
    assert body["errors"] == {"phone": ["nope"]}


def test_an_unexpected_remote_error_is_a_502_without_internals():
    with Flask(__name__).test_request_context():
        response = remote_error_problem(RemoteError("KeyError", "'secret internal detail'"))

    assert response.status_code == 502
    assert "secret internal detail" not in response.get_data(as_text=True)


def test_an_unexpected_remote_error_names_no_exception_class():
    with Flask(__name__).test_request_context():
        response = remote_error_problem(RemoteError("OperationalError", "(psycopg.OperationalError) boom"))

    text = response.get_data(as_text=True)
    assert response.status_code == 502
    assert "OperationalError" not in text and "psycopg" not in text


def test_a_service_unavailable_is_a_503_with_its_retry_after():
    value = json.dumps(
        {"status": 503, "title": "Service unavailable", "detail": "database", "code": "ServiceUnavailable", "retry_after": 7}
    )
    with Flask(__name__).test_request_context():
        response = remote_error_problem(RemoteError("ServiceUnavailable", value))

    assert response.status_code == 503
    assert response.headers["Retry-After"] == "7"
    assert json.loads(response.get_data())["type"].endswith("/service-unavailable")


def test_every_answer_of_a_service_away_says_when_to_retry():
    with Flask(__name__).test_request_context():
        away = [problem_response(status, "Service away") for status in (502, 503, 504)]
        other = problem_response(500, "Internal error")

    assert all(int(response.headers["Retry-After"]) >= 1 for response in away)
    assert "Retry-After" not in other.headers


def test_a_broker_that_refuses_the_rpc_is_a_503_not_a_500():
    app = Flask(__name__)
    register_error_handlers(app)

    @app.get("/ask")
    def ask():
        raise KombuOperationalError("[Errno 111] Connection refused")

    response = app.test_client().get("/ask")

    assert response.status_code == 503 and int(response.headers["Retry-After"]) >= 1
    assert "Connection refused" not in response.get_data(as_text=True)


def test_an_rpc_pool_that_cannot_reach_the_broker_answers_503():
    app = Flask(__name__)
    register_error_handlers(app)
    pool = RpcPool("amqp://guest:guest@127.0.0.1:1/", timeout_s=1)

    @app.get("/ask")
    def ask():
        with pool.lease("rid"):
            return "asked"

    with pytest.raises(BrokerUnavailable), pool.lease("rid"):
        pass
    response = app.test_client().get("/ask")

    assert response.status_code == 503 and int(response.headers["Retry-After"]) >= 1
