from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_tier import LoyaltyTier


T = TypeVar("T", bound="LoyaltyProgram")


@_attrs_define
class LoyaltyProgram:
    """
    Attributes:
        points_per_unit (int | Unset):
        expiry_days (int | Unset):
        tier_window_days (int | Unset):
        tiers (list[LoyaltyTier] | Unset):
        excluded_location_ids (list[str] | Unset):
        version (int | Unset):
        updated_at (datetime.datetime | Unset):
    """

    points_per_unit: int | Unset = UNSET
    expiry_days: int | Unset = UNSET
    tier_window_days: int | Unset = UNSET
    tiers: list[LoyaltyTier] | Unset = UNSET
    excluded_location_ids: list[str] | Unset = UNSET
    version: int | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
            excluded_location_ids = self.excluded_location_ids

        version = self.version

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        if version is not UNSET:
            field_dict["version"] = version
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

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

        excluded_location_ids = cast(list[str], d.pop("excluded_location_ids", UNSET))

        version = d.pop("version", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        loyalty_program = cls(
            points_per_unit=points_per_unit,
            expiry_days=expiry_days,
            tier_window_days=tier_window_days,
            tiers=tiers,
            excluded_location_ids=excluded_location_ids,
            version=version,
            updated_at=updated_at,
        )

        loyalty_program.additional_properties = d
        return loyalty_program

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
