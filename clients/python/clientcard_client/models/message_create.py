from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.message_create_channel import MessageCreateChannel, check_message_create_channel
from ..models.message_create_notification_type import (
    MessageCreateNotificationType,
    check_message_create_notification_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_create_variables import MessageCreateVariables


T = TypeVar("T", bound="MessageCreate")


@_attrs_define
class MessageCreate:
    """
    Attributes:
        channel (MessageCreateChannel):
        notification_type (MessageCreateNotificationType | Unset): default transactional
        subject (None | str | Unset):
        body (str | Unset): or template + variables
        template (str | Unset): a template's name; Jinja2 `{{ variable }}` placeholders
        variables (MessageCreateVariables | Unset):
        location_id (None | Unset | UUID): picks the location's own template, if any
        language (None | str | Unset): picks the template in this language, if any
    """

    channel: MessageCreateChannel
    notification_type: MessageCreateNotificationType | Unset = UNSET
    subject: None | str | Unset = UNSET
    body: str | Unset = UNSET
    template: str | Unset = UNSET
    variables: MessageCreateVariables | Unset = UNSET
    location_id: None | Unset | UUID = UNSET
    language: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        channel: str = self.channel

        notification_type: str | Unset = UNSET
        if not isinstance(self.notification_type, Unset):
            notification_type = self.notification_type

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        body = self.body

        template = self.template

        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables.to_dict()

        location_id: None | str | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        elif isinstance(self.location_id, UUID):
            location_id = str(self.location_id)
        else:
            location_id = self.location_id

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "channel": channel,
            }
        )
        if notification_type is not UNSET:
            field_dict["notification_type"] = notification_type
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body
        if template is not UNSET:
            field_dict["template"] = template
        if variables is not UNSET:
            field_dict["variables"] = variables
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_create_variables import MessageCreateVariables  # noqa: PLC0415

        d = dict(src_dict)
        channel = check_message_create_channel(d.pop("channel"))

        _notification_type = d.pop("notification_type", UNSET)
        notification_type: MessageCreateNotificationType | Unset
        if isinstance(_notification_type, Unset):
            notification_type = UNSET
        else:
            notification_type = check_message_create_notification_type(_notification_type)

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        body = d.pop("body", UNSET)

        template = d.pop("template", UNSET)

        _variables = d.pop("variables", UNSET)
        variables: MessageCreateVariables | Unset
        if isinstance(_variables, Unset):
            variables = UNSET
        else:
            variables = MessageCreateVariables.from_dict(_variables)

        def _parse_location_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                location_id_type_0 = UUID(data)

                return location_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        location_id = _parse_location_id(d.pop("location_id", UNSET))

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        message_create = cls(
            channel=channel,
            notification_type=notification_type,
            subject=subject,
            body=body,
            template=template,
            variables=variables,
            location_id=location_id,
            language=language,
        )

        return message_create
