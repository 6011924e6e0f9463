"""A service that just failed is skipped for a while, then asked again."""

from gateway.breaker import Breakers


class FakeClock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def test_a_failed_service_is_skipped_until_the_breaker_closes():
    clock = FakeClock()
    breakers = Breakers(open_s=3.0, clock=clock)

    breakers.failed("loyalty")

    assert not breakers.allows("loyalty")
    assert breakers.allows("billing")
    clock.now += 3.0
    assert breakers.allows("loyalty")


def test_a_success_closes_the_breaker_at_once():
    breakers = Breakers(open_s=60.0, clock=FakeClock())
    breakers.failed("files")

    breakers.succeeded("files")

    assert breakers.allows("files")
