from typing import Literal

PointsAdjustmentType = Literal["adjustment", "redemption"]

POINTS_ADJUSTMENT_TYPE_VALUES: set[PointsAdjustmentType] = {
    "adjustment",
    "redemption",
}


def check_points_adjustment_type(value: str) -> PointsAdjustmentType:
    if value in POINTS_ADJUSTMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {POINTS_ADJUSTMENT_TYPE_VALUES!r}")
