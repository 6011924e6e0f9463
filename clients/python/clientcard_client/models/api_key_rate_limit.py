from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ApiKeyRateLimit")


@_attrs_define
class ApiKeyRateLimit:
    """
    Attributes:
        rate_limit (int | None): requests a minute; null: the gateway's default, 0: unlimited
    """

    rate_limit: int | None

    def to_dict(self) -> dict[str, Any]:
        rate_limit: int | None
        rate_limit = self.rate_limit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "rate_limit": rate_limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_rate_limit(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        rate_limit = _parse_rate_limit(d.pop("rate_limit"))

        api_key_rate_limit = cls(
            rate_limit=rate_limit,
        )

        return api_key_rate_limit
