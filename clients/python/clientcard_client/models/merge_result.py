from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_record import ClientRecord
    from ..models.merge_record import MergeRecord
    from ..models.merge_result_fields import MergeResultFields
    from ..models.merge_result_moves import MergeResultMoves
    from ..models.merge_result_moving import MergeResultMoving


T = TypeVar("T", bound="MergeResult")


@_attrs_define
class MergeResult:
    """
    Attributes:
        preview (bool | Unset):
        client_id (str | Unset):
        source_id (str | Unset):
        fields (MergeResultFields | Unset): per field: target, source, result, kept
        changes (list[str] | Unset):
        moves (MergeResultMoves | Unset): how many move here
        moving (MergeResultMoving | Unset): the ids of the notes and visits that move, and of the clients whose family
            links move
        elsewhere (str | Unset):
        merge (MergeRecord | Unset):
        client (ClientRecord | Unset):
    """

    preview: bool | Unset = UNSET
    client_id: str | Unset = UNSET
    source_id: str | Unset = UNSET
    fields: MergeResultFields | Unset = UNSET
    changes: list[str] | Unset = UNSET
    moves: MergeResultMoves | Unset = UNSET
    moving: MergeResultMoving | Unset = UNSET
    elsewhere: str | Unset = UNSET
    merge: MergeRecord | Unset = UNSET
    client: ClientRecord | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        preview = self.preview

        client_id = self.client_id

        source_id = self.source_id

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        changes: list[str] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = self.changes

        moves: dict[str, Any] | Unset = UNSET
        if not isinstance(self.moves, Unset):
            moves = self.moves.to_dict()

        moving: dict[str, Any] | Unset = UNSET
        if not isinstance(self.moving, Unset):
            moving = self.moving.to_dict()

        elsewhere = self.elsewhere

        merge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merge, Unset):
            merge = self.merge.to_dict()

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if preview is not UNSET:
            field_dict["preview"] = preview
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if fields is not UNSET:
            field_dict["fields"] = fields
        if changes is not UNSET:
            field_dict["changes"] = changes
        if moves is not UNSET:
            field_dict["moves"] = moves
        if moving is not UNSET:
            field_dict["moving"] = moving
        if elsewhere is not UNSET:
            field_dict["elsewhere"] = elsewhere
        if merge is not UNSET:
            field_dict["merge"] = merge
        if client is not UNSET:
            field_dict["client"] = client

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_record import ClientRecord  # noqa: PLC0415
        from ..models.merge_record import MergeRecord  # noqa: PLC0415
        from ..models.merge_result_fields import MergeResultFields  # noqa: PLC0415
        from ..models.merge_result_moves import MergeResultMoves  # noqa: PLC0415
        from ..models.merge_result_moving import MergeResultMoving  # noqa: PLC0415

        d = dict(src_dict)
        preview = d.pop("preview", UNSET)

        client_id = d.pop("client_id", UNSET)

        source_id = d.pop("source_id", UNSET)

        _fields = d.pop("fields", UNSET)
        fields: MergeResultFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = MergeResultFields.from_dict(_fields)

        changes = cast(list[str], d.pop("changes", UNSET))

        _moves = d.pop("moves", UNSET)
        moves: MergeResultMoves | Unset
        if isinstance(_moves, Unset):
            moves = UNSET
        else:
            moves = MergeResultMoves.from_dict(_moves)

        _moving = d.pop("moving", UNSET)
        moving: MergeResultMoving | Unset
        if isinstance(_moving, Unset):
            moving = UNSET
        else:
            moving = MergeResultMoving.from_dict(_moving)

        elsewhere = d.pop("elsewhere", UNSET)

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

        merge_result = cls(
            preview=preview,
            client_id=client_id,
            source_id=source_id,
            fields=fields,
            changes=changes,
            moves=moves,
            moving=moving,
            elsewhere=elsewhere,
            merge=merge,
            client=client,
        )

        merge_result.additional_properties = d
        return merge_result

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
