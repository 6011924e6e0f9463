"""Text no database can store is refused at the gateway with the fields named."""

import pytest
from flask import Flask

from gateway.errors import Problem
from gateway.input_guard import check_request


def refused(**request):
    with Flask(__name__).test_request_context(**request):
        with pytest.raises(Problem) as problem:
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
