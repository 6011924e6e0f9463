from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.preferences_update_source import PreferencesUpdateSource, check_preferences_update_source
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.preferences_update_channels import PreferencesUpdateChannels
    from ..models.preferences_update_types import PreferencesUpdateTypes


T = TypeVar("T", bound="PreferencesUpdate")


@_attrs_define
class PreferencesUpdate:
    """
    Attributes:
        channels (PreferencesUpdateChannels | Unset):
        types (PreferencesUpdateTypes | Unset): marketing is off until the client opts in
        source (PreferencesUpdateSource | Unset): where the client chose; default staff
        wording (None | str | Unset): the consent wording the client was shown
    """

    channels: PreferencesUpdateChannels | Unset = UNSET
    types: PreferencesUpdateTypes | Unset = UNSET
    source: PreferencesUpdateSource | Unset = UNSET
    wording: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        channels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = self.channels.to_dict()

        types: dict[str, Any] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = self.types.to_dict()

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source

        wording: None | str | Unset
        if isinstance(self.wording, Unset):
            wording = UNSET
        else:
            wording = self.wording

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if channels is not UNSET:
            field_dict["channels"] = channels
        if types is not UNSET:
            field_dict["types"] = types
        if source is not UNSET:
            field_dict["source"] = source
        if wording is not UNSET:
            field_dict["wording"] = wording

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.preferences_update_channels import PreferencesUpdateChannels  # noqa: PLC0415
        from ..models.preferences_update_types import PreferencesUpdateTypes  # noqa: PLC0415

        d = dict(src_dict)
        _channels = d.pop("channels", UNSET)
        channels: PreferencesUpdateChannels | Unset
        if isinstance(_channels, Unset):
            channels = UNSET
        else:
            channels = PreferencesUpdateChannels.from_dict(_channels)

        _types = d.pop("types", UNSET)
        types: PreferencesUpdateTypes | Unset
        if isinstance(_types, Unset):
            types = UNSET
        else:
            types = PreferencesUpdateTypes.from_dict(_types)

        _source = d.pop("source", UNSET)
        source: PreferencesUpdateSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = check_preferences_update_source(_source)

        def _parse_wording(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wording = _parse_wording(d.pop("wording", UNSET))

        preferences_update = cls(
            channels=channels,
            types=types,
            source=source,
            wording=wording,
        )

        return preferences_update
