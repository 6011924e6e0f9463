"""Text no database can store is refused at the gateway with the fields named."""

import pytest
from flask import Flask

from gateway.errors import Problem
from gateway.input_guard import MAX_DEPTH, check_request, plain_filename


def refused(**request):
    with Flask(__name__).test_request_context(**request), pytest.raises(Problem) as problem:
        check_request()
    return problem.value


def test_nul_in_a_json_field_is_a_422_naming_it():
    problem = refused(method="POST", json={"first_name": "Ann", "tags": ["ok", "bad\x00"]})

    assert problem.status == 422
    assert list(problem.errors) == ["tags.1"]


def test_nul_in_the_query_and_a_lone_surrogate_in_json_are_refused():
    assert list(refused(query_string="q=x%00y&tag=ok").errors) == ["q"]
    assert list(refused(method="PATCH", json={"email": "\ud800@x.com"}).errors) == ["email"]


def test_ordinary_text_passes():
    with Flask(__name__).test_request_context(
        method="POST", json={"first_name": "Zoë", "note": "日本 ✓"}, query_string={"q": "Łódź"}
    ):
        check_request()


def test_json_nested_past_the_limit_is_a_400_however_deep():
    for depth in (MAX_DEPTH + 1, 900, 5000):
        problem = refused(method="POST", data="[" * depth + "]" * depth, content_type="application/json")
        assert (problem.status, problem.code) == (400, "invalid-json")


def test_json_that_does_not_parse_is_a_400():
    for body in (b'{"a": ', b'{"a": "\xff"}'):
        assert refused(method="POST", data=body, content_type="application/json").status == 400


def test_nesting_within_the_limit_passes():
    with Flask(__name__).test_request_context(method="POST", json={"lines": [{"unit_price": {"amount": 1}}]}):
        check_request()


def test_a_file_name_is_cut_to_a_plain_name():
    names = ["../../etc/passwd", "..\\..\\win.ini", "a/b/\r\nc.png", "\x00", "Zoë photo.jpg"]
    assert [plain_filename(name) for name in names] == ["passwd", "win.ini", "c.png", "file", "Zoë photo.jpg"]
