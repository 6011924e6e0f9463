"""A call that reaches its service after the caller's deadline is dropped unrun; one in time runs."""

import json
import logging

import pytest
from nameko.exceptions import RemoteError
from nameko.standalone.rpc import ServiceRpcProxy

from clientcard_kit import deadlines
from clientcard_kit.deadlines import DEADLINE_KEY, deadline_after, seconds_late
from clientcard_kit.entrypoints import rpc

RUNS: list[str] = []


class Recording:
    name = "kit_deadlines"

    @rpc
    def record(self, marker):
        RUNS.append(marker)
        return marker


def test_a_deadline_is_the_callers_wait_from_now():
    assert deadline_after(5, now=1000.0) == "1005.000"
    assert seconds_late({DEADLINE_KEY: "1005.000"}, now=1004.9) is None
    assert seconds_late({DEADLINE_KEY: "1005.000"}, now=1005.0) is None  # the last instant is still in time
    assert seconds_late({DEADLINE_KEY: "1005.000"}, now=1007.5) == pytest.approx(2.5)


@pytest.mark.parametrize("value", [None, "", "soon", "nan", object()])
def test_a_call_without_a_readable_deadline_is_run(value):
    context = {} if value is None else {DEADLINE_KEY: value}
    assert seconds_late(context, now=10**12) is None


def test_deadline_expired_is_a_504_problem_that_names_no_exception():
    problem = json.loads(str(deadlines.DeadlineExpired("late")))
    assert problem["status"] == 504 and problem["title"] == "Deadline passed"


@pytest.fixture
def proxy_config(container_factory, test_amqp_uri):
    config = {"AMQP_URI": test_amqp_uri, "serializer": "json"}
    container_factory(Recording, config).start()
    return config


def _call(config, marker, context):
    with ServiceRpcProxy("kit_deadlines", config, context_data=context) as proxy:
        return proxy.record(marker)


def test_a_call_past_its_deadline_is_refused_and_never_runs(proxy_config, caplog):
    with caplog.at_level(logging.WARNING, logger="clientcard_kit.entrypoints"), pytest.raises(RemoteError) as refused:
        _call(proxy_config, "late", {DEADLINE_KEY: deadline_after(-1)})

    assert refused.value.exc_type == "DeadlineExpired"
    assert json.loads(refused.value.value)["status"] == 504
    assert "late" not in RUNS
    assert any("kit_deadlines.record dropped unrun" in r.getMessage() for r in caplog.records)


def test_a_call_in_time_or_without_a_deadline_runs(proxy_config):
    assert _call(proxy_config, "in-time", {DEADLINE_KEY: deadline_after(30)}) == "in-time"
    assert _call(proxy_config, "no-deadline", {}) == "no-deadline"
    assert {"in-time", "no-deadline"} <= set(RUNS)
