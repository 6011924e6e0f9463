from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_consents import CardConsents
    from ..models.card_file import CardFile


T = TypeVar("T", bound="CardFiles")


@_attrs_define
class CardFiles:
    """
    Attributes:
        consents (CardConsents | Unset):
        recent (list[CardFile] | Unset): newest first, five at most; medical files only with `files:medical`
    """

    consents: CardConsents | Unset = UNSET
    recent: list[CardFile] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consents: dict[str, Any] | Unset = UNSET
        if not isinstance(self.consents, Unset):
            consents = self.consents.to_dict()

        recent: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recent, Unset):
            recent = []
            for recent_item_data in self.recent:
                recent_item = recent_item_data.to_dict()
                recent.append(recent_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if consents is not UNSET:
            field_dict["consents"] = consents
        if recent is not UNSET:
            field_dict["recent"] = recent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.card_consents import CardConsents  # noqa: PLC0415
        from ..models.card_file import CardFile  # noqa: PLC0415

        d = dict(src_dict)
        _consents = d.pop("consents", UNSET)
        consents: CardConsents | Unset
        if isinstance(_consents, Unset):
            consents = UNSET
        else:
            consents = CardConsents.from_dict(_consents)

        _recent = d.pop("recent", UNSET)
        recent: list[CardFile] | Unset = UNSET
        if _recent is not UNSET:
            recent = []
            for recent_item_data in _recent:
                recent_item = CardFile.from_dict(recent_item_data)

                recent.append(recent_item)

        card_files = cls(
            consents=consents,
            recent=recent,
        )

        card_files.additional_properties = d
        return card_files

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
