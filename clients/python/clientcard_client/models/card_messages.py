from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_call import CardCall
    from ..models.card_message import CardMessage


T = TypeVar("T", bound="CardMessages")


@_attrs_define
class CardMessages:
    """
    Attributes:
        recent (list[CardMessage] | Unset): newest first, five at most
        calls (list[CardCall] | Unset): recent calls, newest first
    """

    recent: list[CardMessage] | Unset = UNSET
    calls: list[CardCall] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recent: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recent, Unset):
            recent = []
            for recent_item_data in self.recent:
                recent_item = recent_item_data.to_dict()
                recent.append(recent_item)

        calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.calls, Unset):
            calls = []
            for calls_item_data in self.calls:
                calls_item = calls_item_data.to_dict()
                calls.append(calls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recent is not UNSET:
            field_dict["recent"] = recent
        if calls is not UNSET:
            field_dict["calls"] = calls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.card_call import CardCall  # noqa: PLC0415
        from ..models.card_message import CardMessage  # noqa: PLC0415

        d = dict(src_dict)
        _recent = d.pop("recent", UNSET)
        recent: list[CardMessage] | Unset = UNSET
        if _recent is not UNSET:
            recent = []
            for recent_item_data in _recent:
                recent_item = CardMessage.from_dict(recent_item_data)

                recent.append(recent_item)

        _calls = d.pop("calls", UNSET)
        calls: list[CardCall] | Unset = UNSET
        if _calls is not UNSET:
            calls = []
            for calls_item_data in _calls:
                calls_item = CardCall.from_dict(calls_item_data)

                calls.append(calls_item)

        card_messages = cls(
            recent=recent,
            calls=calls,
        )

        card_messages.additional_properties = d
        return card_messages

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
