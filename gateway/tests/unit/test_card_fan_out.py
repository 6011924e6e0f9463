"""The card asks every service at once through one lease; a failing service costs only its sections."""

import pytest

from gateway.breaker import Breakers
from gateway.card import fetch_sections
from gateway.rpc import Lease

from .fake_cluster import FakeProxy, FakeService, remote_error, silent

SERVICES = ["profile", "billing", "loyalty"]


class FakeClock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def _lease(cluster: dict) -> Lease:
    return Lease(FakeProxy(cluster), cluster, timeout_s=5, context={"request_id": "r1"})


def test_every_service_is_asked_for_its_section_of_the_client():
    cluster = {name: FakeService({"from": name}) for name in SERVICES}

    answers, failed = fetch_sections(_lease(cluster), "c1", SERVICES, budget_s=1, breakers=Breakers())

    assert answers == {name: {"from": name} for name in SERVICES} and failed == []
    assert all(service.calls == [("get_card_section", ("c1",))] for service in cluster.values())


def test_a_silent_or_failing_service_is_named_and_the_others_still_answer():
    cluster = {
        "profile": FakeService({"from": "profile"}),
        "billing": FakeService(silent()),
        "loyalty": FakeService(remote_error("Boom")),
    }

    answers, failed = fetch_sections(_lease(cluster), "c1", SERVICES, budget_s=1, breakers=Breakers())

    assert answers == {"profile": {"from": "profile"}}
    assert sorted(failed) == ["billing", "loyalty"]


def test_a_missing_client_in_profile_is_the_cards_answer():
    cluster = {name: FakeService({}) for name in SERVICES} | {"profile": FakeService(remote_error())}

    with pytest.raises(Exception, match="ClientNotFound"):
        fetch_sections(_lease(cluster), "c1", SERVICES, budget_s=1, breakers=Breakers())


def test_a_service_that_failed_is_skipped_until_its_breaker_closes_and_a_broken_lease_is_not_reused():
    clock = FakeClock()
    breakers = Breakers(open_s=3, clock=clock)
    billing = FakeService(silent())
    cluster = {"profile": FakeService({}), "billing": billing, "loyalty": FakeService(None, unreachable=True)}

    lease = _lease(cluster)
    assert fetch_sections(lease, "c1", SERVICES, budget_s=1, breakers=breakers)[1] == ["loyalty", "billing"]
    assert lease.broken  # a timed-out proxy may still get the late reply: the pool throws it away

    billing.outcome = {"from": "billing"}
    answers, failed = fetch_sections(_lease(cluster), "c1", SERVICES, budget_s=1, breakers=breakers)
    assert failed == ["billing", "loyalty"] and len(billing.calls) == 1  # not asked while open

    clock.now += 3
    cluster["loyalty"].unreachable = False
    answers, failed = fetch_sections(_lease(cluster), "c1", SERVICES, budget_s=1, breakers=breakers)
    assert failed == [] and answers["billing"] == {"from": "billing"}
