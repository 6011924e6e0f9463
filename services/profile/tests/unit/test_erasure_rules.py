"""Erasure rules that need no database: when sealed health records may go, and what a bad timeline ask is."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from clientcard_kit import timeline
from clientcard_profile.use_cases.erasure import retention_end


def test_sealed_records_go_after_the_retention_years_even_from_a_leap_day():
    assert retention_end(datetime(2026, 3, 1, 9, tzinfo=UTC), 8) == datetime(2034, 3, 1, 9, tzinfo=UTC)
    assert retention_end(datetime(2028, 2, 29, tzinfo=UTC), 1) == datetime(2029, 2, 28, tzinfo=UTC)


@pytest.mark.parametrize(
    "before, since, limit",
    [
        (["2026-01-01T00:00:00", "9b2f6a57-9d3c-4b7e-8a59-4b7a1f0f0c11"], None, 10),  # a time without an offset
        (["2026-01-01T00:00:00+00:00", "not-a-uuid"], None, 10),
        ("nonsense", None, 10),
        (None, "yesterday", 10),
        (None, None, 0),
        (None, None, 1000),
    ],
)
def test_a_timeline_position_period_or_limit_that_is_not_one_is_a_422(before, since, limit):
    with pytest.raises(timeline.TimelineInvalid) as raised:
        timeline.window(before, since, None, limit)
    assert raised.value.status == 422
