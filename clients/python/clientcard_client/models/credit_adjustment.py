from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditAdjustment")


@_attrs_define
class CreditAdjustment:
    """
    Attributes:
        credits_ (int): signed: a session used is -1
        reason (str):
        used_by_client_id (None | Unset | UUID): a linked family member using a shareable pack
    """

    credits_: int
    reason: str
    used_by_client_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        credits_ = self.credits_

        reason = self.reason

        used_by_client_id: None | str | Unset
        if isinstance(self.used_by_client_id, Unset):
            used_by_client_id = UNSET
        elif isinstance(self.used_by_client_id, UUID):
            used_by_client_id = str(self.used_by_client_id)
        else:
            used_by_client_id = self.used_by_client_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "credits": credits_,
                "reason": reason,
            }
        )
        if used_by_client_id is not UNSET:
            field_dict["used_by_client_id"] = used_by_client_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credits_ = d.pop("credits")

        reason = d.pop("reason")

        def _parse_used_by_client_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                used_by_client_id_type_0 = UUID(data)

                return used_by_client_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        used_by_client_id = _parse_used_by_client_id(d.pop("used_by_client_id", UNSET))

        credit_adjustment = cls(
            credits_=credits_,
            reason=reason,
            used_by_client_id=used_by_client_id,
        )

        return credit_adjustment
