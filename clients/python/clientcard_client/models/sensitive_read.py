from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reader import Reader


T = TypeVar("T", bound="SensitiveRead")


@_attrs_define
class SensitiveRead:
    """
    Attributes:
        at (datetime.datetime | Unset):
        client_id (str | Unset):
        kind (str | Unset): `clinical_note` or `medical_file`
        record_ids (list[str] | Unset): the notes or files read
        key (Reader | Unset):
        request_id (None | str | Unset):
        route (str | Unset):
    """

    at: datetime.datetime | Unset = UNSET
    client_id: str | Unset = UNSET
    kind: str | Unset = UNSET
    record_ids: list[str] | Unset = UNSET
    key: Reader | Unset = UNSET
    request_id: None | str | Unset = UNSET
    route: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at: str | Unset = UNSET
        if not isinstance(self.at, Unset):
            at = self.at.isoformat()

        client_id = self.client_id

        kind = self.kind

        record_ids: list[str] | Unset = UNSET
        if not isinstance(self.record_ids, Unset):
            record_ids = self.record_ids

        key: dict[str, Any] | Unset = UNSET
        if not isinstance(self.key, Unset):
            key = self.key.to_dict()

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        route = self.route

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if at is not UNSET:
            field_dict["at"] = at
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if record_ids is not UNSET:
            field_dict["record_ids"] = record_ids
        if key is not UNSET:
            field_dict["key"] = key
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if route is not UNSET:
            field_dict["route"] = route

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reader import Reader  # noqa: PLC0415

        d = dict(src_dict)
        _at = d.pop("at", UNSET)
        at: datetime.datetime | Unset
        if isinstance(_at, Unset):
            at = UNSET
        else:
            at = datetime.datetime.fromisoformat(_at)

        client_id = d.pop("client_id", UNSET)

        kind = d.pop("kind", UNSET)

        record_ids = cast(list[str], d.pop("record_ids", UNSET))

        _key = d.pop("key", UNSET)
        key: Reader | Unset
        if isinstance(_key, Unset):
            key = UNSET
        else:
            key = Reader.from_dict(_key)

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        route = d.pop("route", UNSET)

        sensitive_read = cls(
            at=at,
            client_id=client_id,
            kind=kind,
            record_ids=record_ids,
            key=key,
            request_id=request_id,
            route=route,
        )

        sensitive_read.additional_properties = d
        return sensitive_read

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
