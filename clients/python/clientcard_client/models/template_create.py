from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.template_create_channel import TemplateCreateChannel, check_template_create_channel
from ..models.template_create_notification_type import (
    TemplateCreateNotificationType,
    check_template_create_notification_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateCreate")


@_attrs_define
class TemplateCreate:
    """
    Attributes:
        name (str):
        channel (TemplateCreateChannel):
        body (str):  Example: Hi {{ first_name }}.
        notification_type (TemplateCreateNotificationType | Unset):
        subject (None | str | Unset):
        html (None | str | Unset): email only; variables are HTML-escaped
        location_id (None | Unset | UUID): this location's version; none for the chain's
        language (str | Unset):  Example: en.
    """

    name: str
    channel: TemplateCreateChannel
    body: str
    notification_type: TemplateCreateNotificationType | Unset = UNSET
    subject: None | str | Unset = UNSET
    html: None | str | Unset = UNSET
    location_id: None | Unset | UUID = UNSET
    language: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        channel: str = self.channel

        body = self.body

        notification_type: str | Unset = UNSET
        if not isinstance(self.notification_type, Unset):
            notification_type = self.notification_type

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        html: None | str | Unset
        if isinstance(self.html, Unset):
            html = UNSET
        else:
            html = self.html

        location_id: None | str | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        elif isinstance(self.location_id, UUID):
            location_id = str(self.location_id)
        else:
            location_id = self.location_id

        language = self.language

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "channel": channel,
                "body": body,
            }
        )
        if notification_type is not UNSET:
            field_dict["notification_type"] = notification_type
        if subject is not UNSET:
            field_dict["subject"] = subject
        if html is not UNSET:
            field_dict["html"] = html
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        channel = check_template_create_channel(d.pop("channel"))

        body = d.pop("body")

        _notification_type = d.pop("notification_type", UNSET)
        notification_type: TemplateCreateNotificationType | Unset
        if isinstance(_notification_type, Unset):
            notification_type = UNSET
        else:
            notification_type = check_template_create_notification_type(_notification_type)

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        def _parse_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        html = _parse_html(d.pop("html", UNSET))

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

        language = d.pop("language", UNSET)

        template_create = cls(
            name=name,
            channel=channel,
            body=body,
            notification_type=notification_type,
            subject=subject,
            html=html,
            location_id=location_id,
            language=language,
        )

        return template_create
