"""Retries back off exponentially for a day, then give up; webhooks reach public addresses only."""

from datetime import UTC, datetime, timedelta

import pytest

from gateway.webhooks import addresses
from gateway.webhooks.policy import RetryPolicy, succeeded

T0 = datetime(2025, 1, 1, tzinfo=UTC)


def test_each_failure_doubles_the_wait_up_to_its_ceiling():
    policy = RetryPolicy(first_s=10, max_s=3600, jitter=0.2)
    assert [policy.delay_s(n) for n in (1, 2, 3, 4)] == [10, 20, 40, 80]
    assert policy.delay_s(20) == 3600
    assert 8 <= policy.delay_s(1, rand=0.0) < policy.delay_s(1, rand=0.99) <= 12


def test_a_receiver_down_for_an_hour_is_tried_again_within_the_hour_after():
    policy = RetryPolicy()
    now, attempts = T0, 0
    while now < T0 + timedelta(hours=1):
        attempts += 1
        now = policy.next_attempt(T0, attempts, now)
    assert now <= T0 + timedelta(hours=2)


def test_after_a_day_of_failures_the_delivery_gives_up():
    policy = RetryPolicy()
    assert policy.next_attempt(T0, 30, T0 + timedelta(hours=23)) is not None
    assert policy.next_attempt(T0, 31, T0 + timedelta(hours=24)) is None


def test_only_a_2xx_counts_as_delivered():
    assert succeeded(200) and succeeded(204)
    assert not any(succeeded(code) for code in (None, 301, 302, 400, 410, 500))


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "::1",
        "fe80::1",
        "fc00::1",
        "::ffff:127.0.0.1",
        "224.0.0.1",
    ],
)
def test_private_loopback_and_link_local_addresses_are_not_public(address):
    assert not addresses.is_public(address)


def test_a_public_address_is_public():
    assert addresses.is_public("93.184.216.34")
    assert addresses.is_public("2606:4700:4700::1111")


def test_a_url_to_a_private_address_is_refused_unless_allowed():
    with pytest.raises(addresses.UrlRefused, match="private"):
        addresses.check("http://127.0.0.1:9/hook", allow_private=False)
    with pytest.raises(addresses.UrlRefused, match="private"):
        addresses.check("http://localhost/hook", allow_private=False)
    assert addresses.check("http://127.0.0.1:9/hook", allow_private=True)[3] == "127.0.0.1"


@pytest.mark.parametrize(
    "url", ["ftp://example.com/x", "http:///nohost", "http://user:pw@example.com/", "not a url", "http://example.com:99999/"]
)
def test_malformed_or_non_http_urls_are_refused(url):
    with pytest.raises(addresses.UrlRefused):
        addresses.parse(url)
