from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="File")


@_attrs_define
class File:
    """
    Attributes:
        id (str | Unset):
        client_id (str | Unset):
        kind (str | Unset): photo, document, consent_form, medical, signed_consent
        filename (str | Unset):
        content_type (str | Unset): sniffed from the bytes, not trusted from the client
        size (int | Unset): of the stored bytes (a photo's personal EXIF is stripped)
        sha256 (str | Unset): of the stored bytes
        caption (None | str | Unset):
        has_thumbnail (bool | Unset):
        has_preview (bool | Unset):
        pair_id (None | str | Unset):
        stage (None | str | Unset):
        visit_id (None | str | Unset):
        uploaded_by (None | str | Unset):
        created_at (datetime.datetime | Unset):
        download_url (None | str | Unset): a short-lived link for the public S3 endpoint
    """

    id: str | Unset = UNSET
    client_id: str | Unset = UNSET
    kind: str | Unset = UNSET
    filename: str | Unset = UNSET
    content_type: str | Unset = UNSET
    size: int | Unset = UNSET
    sha256: str | Unset = UNSET
    caption: None | str | Unset = UNSET
    has_thumbnail: bool | Unset = UNSET
    has_preview: bool | Unset = UNSET
    pair_id: None | str | Unset = UNSET
    stage: None | str | Unset = UNSET
    visit_id: None | str | Unset = UNSET
    uploaded_by: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    download_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id = self.client_id

        kind = self.kind

        filename = self.filename

        content_type = self.content_type

        size = self.size

        sha256 = self.sha256

        caption: None | str | Unset
        if isinstance(self.caption, Unset):
            caption = UNSET
        else:
            caption = self.caption

        has_thumbnail = self.has_thumbnail

        has_preview = self.has_preview

        pair_id: None | str | Unset
        if isinstance(self.pair_id, Unset):
            pair_id = UNSET
        else:
            pair_id = self.pair_id

        stage: None | str | Unset
        if isinstance(self.stage, Unset):
            stage = UNSET
        else:
            stage = self.stage

        visit_id: None | str | Unset
        if isinstance(self.visit_id, Unset):
            visit_id = UNSET
        else:
            visit_id = self.visit_id

        uploaded_by: None | str | Unset
        if isinstance(self.uploaded_by, Unset):
            uploaded_by = UNSET
        else:
            uploaded_by = self.uploaded_by

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        download_url: None | str | Unset
        if isinstance(self.download_url, Unset):
            download_url = UNSET
        else:
            download_url = self.download_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if filename is not UNSET:
            field_dict["filename"] = filename
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if size is not UNSET:
            field_dict["size"] = size
        if sha256 is not UNSET:
            field_dict["sha256"] = sha256
        if caption is not UNSET:
            field_dict["caption"] = caption
        if has_thumbnail is not UNSET:
            field_dict["has_thumbnail"] = has_thumbnail
        if has_preview is not UNSET:
            field_dict["has_preview"] = has_preview
        if pair_id is not UNSET:
            field_dict["pair_id"] = pair_id
        if stage is not UNSET:
            field_dict["stage"] = stage
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id
        if uploaded_by is not UNSET:
            field_dict["uploaded_by"] = uploaded_by
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if download_url is not UNSET:
            field_dict["download_url"] = download_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        client_id = d.pop("client_id", UNSET)

        kind = d.pop("kind", UNSET)

        filename = d.pop("filename", UNSET)

        content_type = d.pop("content_type", UNSET)

        size = d.pop("size", UNSET)

        sha256 = d.pop("sha256", UNSET)

        def _parse_caption(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        caption = _parse_caption(d.pop("caption", UNSET))

        has_thumbnail = d.pop("has_thumbnail", UNSET)

        has_preview = d.pop("has_preview", UNSET)

        def _parse_pair_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pair_id = _parse_pair_id(d.pop("pair_id", UNSET))

        def _parse_stage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stage = _parse_stage(d.pop("stage", UNSET))

        def _parse_visit_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        visit_id = _parse_visit_id(d.pop("visit_id", UNSET))

        def _parse_uploaded_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uploaded_by = _parse_uploaded_by(d.pop("uploaded_by", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_download_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        download_url = _parse_download_url(d.pop("download_url", UNSET))

        file = cls(
            id=id,
            client_id=client_id,
            kind=kind,
            filename=filename,
            content_type=content_type,
            size=size,
            sha256=sha256,
            caption=caption,
            has_thumbnail=has_thumbnail,
            has_preview=has_preview,
            pair_id=pair_id,
            stage=stage,
            visit_id=visit_id,
            uploaded_by=uploaded_by,
            created_at=created_at,
            download_url=download_url,
        )

        file.additional_properties = d
        return file

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
