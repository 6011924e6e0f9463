from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PreferencesUpdateChannels")


@_attrs_define
class PreferencesUpdateChannels:
    """
    Attributes:
        sms (bool | Unset):
        email (bool | Unset):
        push (bool | Unset):
    """

    sms: bool | Unset = UNSET
    email: bool | Unset = UNSET
    push: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        sms = self.sms

        email = self.email

        push = self.push

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if sms is not UNSET:
            field_dict["sms"] = sms
        if email is not UNSET:
            field_dict["email"] = email
        if push is not UNSET:
            field_dict["push"] = push

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sms = d.pop("sms", UNSET)

        email = d.pop("email", UNSET)

        push = d.pop("push", UNSET)

        preferences_update_channels = cls(
            sms=sms,
            email=email,
            push=push,
        )

        return preferences_update_channels
