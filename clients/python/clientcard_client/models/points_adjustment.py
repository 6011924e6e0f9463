from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.points_adjustment_type import PointsAdjustmentType, check_points_adjustment_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="PointsAdjustment")


@_attrs_define
class PointsAdjustment:
    """
    Attributes:
        points (int): signed: positive accrues, negative writes off
        reason (str):
        type_ (PointsAdjustmentType | Unset): redemption: points spent on a reward (negative points)
    """

    points: int
    reason: str
    type_: PointsAdjustmentType | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        points = self.points

        reason = self.reason

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "points": points,
                "reason": reason,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        points = d.pop("points")

        reason = d.pop("reason")

        _type_ = d.pop("type", UNSET)
        type_: PointsAdjustmentType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_points_adjustment_type(_type_)

        points_adjustment = cls(
            points=points,
            reason=reason,
            type_=type_,
        )

        return points_adjustment
