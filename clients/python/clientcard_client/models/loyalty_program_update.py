from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_tier import LoyaltyTier


T = TypeVar("T", bound="LoyaltyProgramUpdate")


@_attrs_define
class LoyaltyProgramUpdate:
    """
    Attributes:
        points_per_unit (int | Unset): points per whole unit of currency paid
        expiry_days (int | Unset):
        tier_window_days (int | Unset):
        tiers (list[LoyaltyTier] | Unset):
        excluded_location_ids (list[UUID] | Unset): locations where nothing is earned
    """

    points_per_unit: int | Unset = UNSET
    expiry_days: int | Unset = UNSET
    tier_window_days: int | Unset = UNSET
    tiers: list[LoyaltyTier] | Unset = UNSET
    excluded_location_ids: list[UUID] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        points_per_unit = self.points_per_unit

        expiry_days = self.expiry_days

        tier_window_days = self.tier_window_days

        tiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tiers, Unset):
            tiers = []
            for tiers_item_data in self.tiers:
                tiers_item = tiers_item_data.to_dict()
                tiers.append(tiers_item)

        excluded_location_ids: list[str] | Unset = UNSET
        if not isinstance(self.excluded_location_ids, Unset):
            excluded_location_ids = []
            for excluded_location_ids_item_data in self.excluded_location_ids:
                excluded_location_ids_item = str(excluded_location_ids_item_data)
                excluded_location_ids.append(excluded_location_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if points_per_unit is not UNSET:
            field_dict["points_per_unit"] = points_per_unit
        if expiry_days is not UNSET:
            field_dict["expiry_days"] = expiry_days
        if tier_window_days is not UNSET:
            field_dict["tier_window_days"] = tier_window_days
        if tiers is not UNSET:
            field_dict["tiers"] = tiers
        if excluded_location_ids is not UNSET:
            field_dict["excluded_location_ids"] = excluded_location_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.loyalty_tier import LoyaltyTier  # noqa: PLC0415

        d = dict(src_dict)
        points_per_unit = d.pop("points_per_unit", UNSET)

        expiry_days = d.pop("expiry_days", UNSET)

        tier_window_days = d.pop("tier_window_days", UNSET)

        _tiers = d.pop("tiers", UNSET)
        tiers: list[LoyaltyTier] | Unset = UNSET
        if _tiers is not UNSET:
            tiers = []
            for tiers_item_data in _tiers:
                tiers_item = LoyaltyTier.from_dict(tiers_item_data)

                tiers.append(tiers_item)

        _excluded_location_ids = d.pop("excluded_location_ids", UNSET)
        excluded_location_ids: list[UUID] | Unset = UNSET
        if _excluded_location_ids is not UNSET:
            excluded_location_ids = []
            for excluded_location_ids_item_data in _excluded_location_ids:
                excluded_location_ids_item = UUID(excluded_location_ids_item_data)

                excluded_location_ids.append(excluded_location_ids_item)

        loyalty_program_update = cls(
            points_per_unit=points_per_unit,
            expiry_days=expiry_days,
            tier_window_days=tier_window_days,
            tiers=tiers,
            excluded_location_ids=excluded_location_ids,
        )

        return loyalty_program_update
