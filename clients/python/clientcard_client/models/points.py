from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.expiring_points import ExpiringPoints


T = TypeVar("T", bound="Points")


@_attrs_define
class Points:
    """
    Attributes:
        client_id (str | Unset):
        points (int | Unset):
        tier (None | str | Unset):
        expiring (list[ExpiringPoints] | Unset):
    """

    client_id: str | Unset = UNSET
    points: int | Unset = UNSET
    tier: None | str | Unset = UNSET
    expiring: list[ExpiringPoints] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        points = self.points

        tier: None | str | Unset
        if isinstance(self.tier, Unset):
            tier = UNSET
        else:
            tier = self.tier

        expiring: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.expiring, Unset):
            expiring = []
            for expiring_item_data in self.expiring:
                expiring_item = expiring_item_data.to_dict()
                expiring.append(expiring_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if points is not UNSET:
            field_dict["points"] = points
        if tier is not UNSET:
            field_dict["tier"] = tier
        if expiring is not UNSET:
            field_dict["expiring"] = expiring

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.expiring_points import ExpiringPoints  # noqa: PLC0415

        d = dict(src_dict)
        client_id = d.pop("client_id", UNSET)

        points = d.pop("points", UNSET)

        def _parse_tier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tier = _parse_tier(d.pop("tier", UNSET))

        _expiring = d.pop("expiring", UNSET)
        expiring: list[ExpiringPoints] | Unset = UNSET
        if _expiring is not UNSET:
            expiring = []
            for expiring_item_data in _expiring:
                expiring_item = ExpiringPoints.from_dict(expiring_item_data)

                expiring.append(expiring_item)

        points = cls(
            client_id=client_id,
            points=points,
            tier=tier,
            expiring=expiring,
        )

        points.additional_properties = d
        return points

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
