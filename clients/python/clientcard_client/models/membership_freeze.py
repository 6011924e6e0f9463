from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MembershipFreeze")


@_attrs_define
class MembershipFreeze:
    """
    Attributes:
        from_ (datetime.date):
        until (datetime.date):
    """

    from_: datetime.date
    until: datetime.date

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_.isoformat()

        until = self.until.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "from": from_,
                "until": until,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = datetime.date.fromisoformat(d.pop("from"))

        until = datetime.date.fromisoformat(d.pop("until"))

        membership_freeze = cls(
            from_=from_,
            until=until,
        )

        return membership_freeze
