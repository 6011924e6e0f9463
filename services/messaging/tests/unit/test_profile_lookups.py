"""What messaging asks profile: "not found" is an answer, every other failure parks the event (never a drop)."""

import json

import eventlet
import pytest
from nameko.exceptions import RemoteError

from clientcard_kit.errors import RemoteProblem
from clientcard_messaging.adapters.lookups import ProfileLookups, ProfileUnavailable


def _problem(code: str, status: int) -> RemoteError:
    return RemoteError(code, json.dumps({"status": status, "title": code, "code": code}))


class Profile:
    def __init__(self, **answers):
        self._answers = answers

    def __getattr__(self, method):
        def call(*args):
            answer = self._answers[method]
            if isinstance(answer, Exception):
                raise answer
            return answer(*args) if callable(answer) else answer

        return call


def test_an_unknown_client_or_location_is_an_answer():
    lookups = ProfileLookups(
        Profile(get_client=_problem("ClientNotFound", 404), get_location=_problem("LocationNotFound", 404)), deadline_s=1
    )
    assert lookups.client_or_none("c1") is None
    assert lookups.reminder_clock("l1", 10) == (None, 10)


def test_a_location_without_its_own_hour_uses_the_default():
    lookups = ProfileLookups(Profile(get_location={"timezone": "Europe/Paris", "reminder_hour": None}), deadline_s=1)
    assert lookups.reminder_clock("l1", 10) == ("Europe/Paris", 10)


def test_another_problem_of_profiles_is_raised_as_it_came():
    lookups = ProfileLookups(Profile(get_client=_problem("ServiceUnavailable", 503)), deadline_s=1)
    with pytest.raises(RemoteProblem) as raised:
        lookups.client_or_none("c1")
    assert raised.value.status == 503


@pytest.mark.parametrize(
    "answer", [lambda client_id: eventlet.sleep(2), RemoteError("KeyError", "'bug'")], ids=["slow", "a crash"]
)
def test_a_slow_or_broken_profile_is_profile_unavailable(answer):
    with pytest.raises(ProfileUnavailable):
        ProfileLookups(Profile(get_client=answer), deadline_s=0.1).client_or_none("c1")


def test_a_segment_is_read_a_page_at_a_time(monkeypatch):
    monkeypatch.setattr("clientcard_messaging.adapters.lookups.SEGMENT_PAGE", 2)
    pages = {None: [{"id": "a"}, {"id": "b"}], "b": [{"id": "c"}]}
    lookups = ProfileLookups(Profile(find_segment_clients=lambda segment, after, size: pages[after]), deadline_s=1)
    assert [client["id"] for client in lookups.segment_recipients({})] == ["a", "b", "c"]
