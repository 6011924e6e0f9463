from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.preference_change_channels import PreferenceChangeChannels
    from ..models.preference_change_types import PreferenceChangeTypes


T = TypeVar("T", bound="PreferenceChange")


@_attrs_define
class PreferenceChange:
    """
    Attributes:
        id (str | Unset):
        channels (PreferenceChangeChannels | Unset):
        types (PreferenceChangeTypes | Unset):
        actor (str | Unset): the API key (or `system`, or the client via a link) that changed it
        source (str | Unset):
        wording (None | str | Unset):
        at (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    channels: PreferenceChangeChannels | Unset = UNSET
    types: PreferenceChangeTypes | Unset = UNSET
    actor: str | Unset = UNSET
    source: str | Unset = UNSET
    wording: None | str | Unset = UNSET
    at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        channels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = self.channels.to_dict()

        types: dict[str, Any] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = self.types.to_dict()

        actor = self.actor

        source = self.source

        wording: None | str | Unset
        if isinstance(self.wording, Unset):
            wording = UNSET
        else:
            wording = self.wording

        at: str | Unset = UNSET
        if not isinstance(self.at, Unset):
            at = self.at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if channels is not UNSET:
            field_dict["channels"] = channels
        if types is not UNSET:
            field_dict["types"] = types
        if actor is not UNSET:
            field_dict["actor"] = actor
        if source is not UNSET:
            field_dict["source"] = source
        if wording is not UNSET:
            field_dict["wording"] = wording
        if at is not UNSET:
            field_dict["at"] = at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.preference_change_channels import PreferenceChangeChannels  # noqa: PLC0415
        from ..models.preference_change_types import PreferenceChangeTypes  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _channels = d.pop("channels", UNSET)
        channels: PreferenceChangeChannels | Unset
        if isinstance(_channels, Unset):
            channels = UNSET
        else:
            channels = PreferenceChangeChannels.from_dict(_channels)

        _types = d.pop("types", UNSET)
        types: PreferenceChangeTypes | Unset
        if isinstance(_types, Unset):
            types = UNSET
        else:
            types = PreferenceChangeTypes.from_dict(_types)

        actor = d.pop("actor", UNSET)

        source = d.pop("source", UNSET)

        def _parse_wording(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wording = _parse_wording(d.pop("wording", UNSET))

        _at = d.pop("at", UNSET)
        at: datetime.datetime | Unset
        if isinstance(_at, Unset):
            at = UNSET
        else:
            at = datetime.datetime.fromisoformat(_at)

        preference_change = cls(
            id=id,
            channels=channels,
            types=types,
            actor=actor,
            source=source,
            wording=wording,
            at=at,
        )

        preference_change.additional_properties = d
        return preference_change

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
