from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="LoyaltyTier")


@_attrs_define
class LoyaltyTier:
    """
    Attributes:
        name (str):
        min_spend (Money):
    """

    name: str
    min_spend: Money

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        min_spend = self.min_spend.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "min_spend": min_spend,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        min_spend = Money.from_dict(d.pop("min_spend"))

        loyalty_tier = cls(
            name=name,
            min_spend=min_spend,
        )

        return loyalty_tier
