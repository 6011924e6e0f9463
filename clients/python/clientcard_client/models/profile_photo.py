from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProfilePhoto")


@_attrs_define
class ProfilePhoto:
    """
    Attributes:
        file_id (UUID): one of the client's files of kind `photo` with an image type (not deleted)
    """

    file_id: UUID

    def to_dict(self) -> dict[str, Any]:
        file_id = str(self.file_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file_id": file_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_id = UUID(d.pop("file_id"))

        profile_photo = cls(
            file_id=file_id,
        )

        return profile_photo
