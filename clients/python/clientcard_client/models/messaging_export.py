from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message import Message
    from ..models.messaging_export_calls_item import MessagingExportCallsItem
    from ..models.messaging_export_preference_changes_item import MessagingExportPreferenceChangesItem
    from ..models.preferences import Preferences


T = TypeVar("T", bound="MessagingExport")


@_attrs_define
class MessagingExport:
    """
    Attributes:
        messages (list[Message] | Unset):
        calls (list[MessagingExportCallsItem] | Unset):
        notification_preferences (Preferences | Unset):
        preference_changes (list[MessagingExportPreferenceChangesItem] | Unset): who changed the opt-outs, when, how
    """

    messages: list[Message] | Unset = UNSET
    calls: list[MessagingExportCallsItem] | Unset = UNSET
    notification_preferences: Preferences | Unset = UNSET
    preference_changes: list[MessagingExportPreferenceChangesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.calls, Unset):
            calls = []
            for calls_item_data in self.calls:
                calls_item = calls_item_data.to_dict()
                calls.append(calls_item)

        notification_preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification_preferences, Unset):
            notification_preferences = self.notification_preferences.to_dict()

        preference_changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.preference_changes, Unset):
            preference_changes = []
            for preference_changes_item_data in self.preference_changes:
                preference_changes_item = preference_changes_item_data.to_dict()
                preference_changes.append(preference_changes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if messages is not UNSET:
            field_dict["messages"] = messages
        if calls is not UNSET:
            field_dict["calls"] = calls
        if notification_preferences is not UNSET:
            field_dict["notification_preferences"] = notification_preferences
        if preference_changes is not UNSET:
            field_dict["preference_changes"] = preference_changes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message import Message  # noqa: PLC0415
        from ..models.messaging_export_calls_item import MessagingExportCallsItem  # noqa: PLC0415
        from ..models.messaging_export_preference_changes_item import MessagingExportPreferenceChangesItem  # noqa: PLC0415
        from ..models.preferences import Preferences  # noqa: PLC0415

        d = dict(src_dict)
        _messages = d.pop("messages", UNSET)
        messages: list[Message] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = Message.from_dict(messages_item_data)

                messages.append(messages_item)

        _calls = d.pop("calls", UNSET)
        calls: list[MessagingExportCallsItem] | Unset = UNSET
        if _calls is not UNSET:
            calls = []
            for calls_item_data in _calls:
                calls_item = MessagingExportCallsItem.from_dict(calls_item_data)

                calls.append(calls_item)

        _notification_preferences = d.pop("notification_preferences", UNSET)
        notification_preferences: Preferences | Unset
        if isinstance(_notification_preferences, Unset):
            notification_preferences = UNSET
        else:
            notification_preferences = Preferences.from_dict(_notification_preferences)

        _preference_changes = d.pop("preference_changes", UNSET)
        preference_changes: list[MessagingExportPreferenceChangesItem] | Unset = UNSET
        if _preference_changes is not UNSET:
            preference_changes = []
            for preference_changes_item_data in _preference_changes:
                preference_changes_item = MessagingExportPreferenceChangesItem.from_dict(preference_changes_item_data)

                preference_changes.append(preference_changes_item)

        messaging_export = cls(
            messages=messages,
            calls=calls,
            notification_preferences=notification_preferences,
            preference_changes=preference_changes,
        )

        messaging_export.additional_properties = d
        return messaging_export

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
