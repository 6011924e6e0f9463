from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.merge_request_keep import MergeRequestKeep


T = TypeVar("T", bound="MergeRequest")


@_attrs_define
class MergeRequest:
    """
    Attributes:
        source_id (UUID): the duplicate, archived after the merge
        preview (bool | Unset): say what would happen; change nothing Default: False.
        keep (MergeRequestKeep | Unset): per field, whose value survives: `target` (this client) or `source`
    """

    source_id: UUID
    preview: bool | Unset = False
    keep: MergeRequestKeep | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        source_id = str(self.source_id)

        preview = self.preview

        keep: dict[str, Any] | Unset = UNSET
        if not isinstance(self.keep, Unset):
            keep = self.keep.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "source_id": source_id,
            }
        )
        if preview is not UNSET:
            field_dict["preview"] = preview
        if keep is not UNSET:
            field_dict["keep"] = keep

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.merge_request_keep import MergeRequestKeep  # noqa: PLC0415

        d = dict(src_dict)
        source_id = UUID(d.pop("source_id"))

        preview = d.pop("preview", UNSET)

        _keep = d.pop("keep", UNSET)
        keep: MergeRequestKeep | Unset
        if isinstance(_keep, Unset):
            keep = UNSET
        else:
            keep = MergeRequestKeep.from_dict(_keep)

        merge_request = cls(
            source_id=source_id,
            preview=preview,
            keep=keep,
        )

        return merge_request
