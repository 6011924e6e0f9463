from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MembershipFreezeEffect")


@_attrs_define
class MembershipFreezeEffect:
    """
    Attributes:
        next_payment_on_before (datetime.date | None | Unset):
        next_payment_on_after (datetime.date | None | Unset):
        days (int | Unset):
    """

    next_payment_on_before: datetime.date | None | Unset = UNSET
    next_payment_on_after: datetime.date | None | Unset = UNSET
    days: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_payment_on_before: None | str | Unset
        if isinstance(self.next_payment_on_before, Unset):
            next_payment_on_before = UNSET
        elif isinstance(self.next_payment_on_before, datetime.date):
            next_payment_on_before = self.next_payment_on_before.isoformat()
        else:
            next_payment_on_before = self.next_payment_on_before

        next_payment_on_after: None | str | Unset
        if isinstance(self.next_payment_on_after, Unset):
            next_payment_on_after = UNSET
        elif isinstance(self.next_payment_on_after, datetime.date):
            next_payment_on_after = self.next_payment_on_after.isoformat()
        else:
            next_payment_on_after = self.next_payment_on_after

        days = self.days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if next_payment_on_before is not UNSET:
            field_dict["next_payment_on_before"] = next_payment_on_before
        if next_payment_on_after is not UNSET:
            field_dict["next_payment_on_after"] = next_payment_on_after
        if days is not UNSET:
            field_dict["days"] = days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_next_payment_on_before(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_payment_on_before_type_0 = datetime.date.fromisoformat(data)

                return next_payment_on_before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        next_payment_on_before = _parse_next_payment_on_before(d.pop("next_payment_on_before", UNSET))

        def _parse_next_payment_on_after(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_payment_on_after_type_0 = datetime.date.fromisoformat(data)

                return next_payment_on_after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        next_payment_on_after = _parse_next_payment_on_after(d.pop("next_payment_on_after", UNSET))

        days = d.pop("days", UNSET)

        membership_freeze_effect = cls(
            next_payment_on_before=next_payment_on_before,
            next_payment_on_after=next_payment_on_after,
            days=days,
        )

        membership_freeze_effect.additional_properties = d
        return membership_freeze_effect

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
