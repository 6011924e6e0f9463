"""Points, credits and money are whole numbers: 2.5 points is a 422, never 2."""

import pytest

from clientcard_kit.contracts import load
from clientcard_kit.errors import InvalidInput
from clientcard_loyalty import contracts


@pytest.mark.parametrize("points", [2.5, "2.5", 3.0, "3", True])
def test_a_points_adjustment_takes_only_an_integer(points):
    with pytest.raises(InvalidInput) as refused:
        load(contracts.PointsAdjustment(), {"points": points, "reason": "x"})

    assert list(refused.value.errors) == ["points"]


@pytest.mark.parametrize(
    "body",
    [
        {"type": "credit_pack", "service": "Yoga", "credits": 2.5},
        {"type": "gift_card", "initial_value": {"amount": 10.5, "currency": "GBP"}},
    ],
)
def test_credits_and_money_on_a_new_card_take_only_integers(body):
    with pytest.raises(InvalidInput):
        load(contracts.CardCreate(), body)
