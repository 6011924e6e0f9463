from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_record import ClientRecord
    from ..models.merge_record import MergeRecord


T = TypeVar("T", bound="UndoResult")


@_attrs_define
class UndoResult:
    """
    Attributes:
        merge (MergeRecord | Unset):
        client (ClientRecord | Unset):
        source (ClientRecord | Unset):
    """

    merge: MergeRecord | Unset = UNSET
    client: ClientRecord | Unset = UNSET
    source: ClientRecord | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        merge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merge, Unset):
            merge = self.merge.to_dict()

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if merge is not UNSET:
            field_dict["merge"] = merge
        if client is not UNSET:
            field_dict["client"] = client
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_record import ClientRecord  # noqa: PLC0415
        from ..models.merge_record import MergeRecord  # noqa: PLC0415

        d = dict(src_dict)
        _merge = d.pop("merge", UNSET)
        merge: MergeRecord | Unset
        if isinstance(_merge, Unset):
            merge = UNSET
        else:
            merge = MergeRecord.from_dict(_merge)

        _client = d.pop("client", UNSET)
        client: ClientRecord | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = ClientRecord.from_dict(_client)

        _source = d.pop("source", UNSET)
        source: ClientRecord | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = ClientRecord.from_dict(_source)

        undo_result = cls(
            merge=merge,
            client=client,
            source=source,
        )

        undo_result.additional_properties = d
        return undo_result

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
