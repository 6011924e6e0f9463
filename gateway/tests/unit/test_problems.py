"""Errors become RFC 9457 problems with field errors a caller can read."""
import json

from flask import Flask
from nameko.exceptions import RemoteError

from gateway.errors import flatten_webargs_messages, remote_error_problem


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
