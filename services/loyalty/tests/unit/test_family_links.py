"""A shared pack's family check needs profile: any way profile fails to say is loyalty's 503, never a guess."""

import json

import eventlet
import pytest
from nameko.exceptions import RemoteError

from clientcard_loyalty.adapters import family
from clientcard_loyalty.exceptions import FamilyLinksUnavailable


class Profile:
    def __init__(self, answer):
        self._answer = answer

    def get_linked_clients(self, client_id):
        return self._answer(client_id)


def _raise(error):
    def answer(client_id):
        raise error

    return answer


def test_the_linked_ids_come_from_profiles_links():
    profile = Profile(lambda client_id: [{"client_id": "c2", "relation": "child"}])
    assert family.linked_client_ids(profile, "c1", deadline_s=1) == {"c2"}


@pytest.mark.parametrize(
    "answer",
    [
        lambda client_id: eventlet.sleep(2),
        _raise(RemoteError("ClientNotFound", json.dumps({"status": 404, "title": "Client not found"}))),
        _raise(RemoteError("KeyError", "'bug'")),
    ],
    ids=["slow", "a problem of profile's", "a crash"],
)
def test_any_failure_is_a_503_family_links_unavailable(answer):
    with pytest.raises(FamilyLinksUnavailable) as raised:
        family.linked_client_ids(Profile(answer), "c1", deadline_s=0.1)
    problem = json.loads(str(raised.value))
    assert (problem["status"], problem["title"]) == (503, "Family links unavailable")
