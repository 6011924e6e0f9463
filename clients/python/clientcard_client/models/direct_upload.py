from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.direct_upload_fields import DirectUploadFields


T = TypeVar("T", bound="DirectUpload")


@_attrs_define
class DirectUpload:
    """
    Attributes:
        id (str | Unset):
        client_id (str | Unset):
        url (str | Unset): POST a multipart form here: `fields`, then `file` last
        max_bytes (int | Unset):
        expires_at (datetime.datetime | Unset):
        fields (DirectUploadFields | Unset):
    """

    id: str | Unset = UNSET
    client_id: str | Unset = UNSET
    url: str | Unset = UNSET
    max_bytes: int | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    fields: DirectUploadFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id = self.client_id

        url = self.url

        max_bytes = self.max_bytes

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if url is not UNSET:
            field_dict["url"] = url
        if max_bytes is not UNSET:
            field_dict["max_bytes"] = max_bytes
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.direct_upload_fields import DirectUploadFields  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        client_id = d.pop("client_id", UNSET)

        url = d.pop("url", UNSET)

        max_bytes = d.pop("max_bytes", UNSET)

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        _fields = d.pop("fields", UNSET)
        fields: DirectUploadFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = DirectUploadFields.from_dict(_fields)

        direct_upload = cls(
            id=id,
            client_id=client_id,
            url=url,
            max_bytes=max_bytes,
            expires_at=expires_at,
            fields=fields,
        )

        direct_upload.additional_properties = d
        return direct_upload

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
