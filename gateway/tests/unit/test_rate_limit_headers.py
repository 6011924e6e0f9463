"""Flask's answers and the card's fast path write the same RateLimit-* headers from one verdict."""

from gateway.rate_limit import Verdict


def test_every_answer_says_the_limit_and_what_is_left():
    assert Verdict(allowed=True, limit=60, remaining=59, retry_after_s=0).headers(200) == [
        ("RateLimit-Limit", "60"),
        ("RateLimit-Remaining", "59"),
    ]


def test_only_a_429_says_when_to_retry():
    spent = Verdict(allowed=False, limit=60, remaining=0, retry_after_s=17)
    assert ("Retry-After", "17") in spent.headers(429)
    assert all(name != "Retry-After" for name, _ in spent.headers(304))
