from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.replay_result_replayed import ReplayResultReplayed


T = TypeVar("T", bound="ReplayResult")


@_attrs_define
class ReplayResult:
    """
    Attributes:
        replayed (ReplayResultReplayed | Unset): succeeded, by service
    """

    replayed: ReplayResultReplayed | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        replayed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.replayed, Unset):
            replayed = self.replayed.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if replayed is not UNSET:
            field_dict["replayed"] = replayed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.replay_result_replayed import ReplayResultReplayed  # noqa: PLC0415

        d = dict(src_dict)
        _replayed = d.pop("replayed", UNSET)
        replayed: ReplayResultReplayed | Unset
        if isinstance(_replayed, Unset):
            replayed = UNSET
        else:
            replayed = ReplayResultReplayed.from_dict(_replayed)

        replay_result = cls(
            replayed=replayed,
        )

        replay_result.additional_properties = d
        return replay_result

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
