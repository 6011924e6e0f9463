from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.link_relation import LinkRelation, check_link_relation

T = TypeVar("T", bound="Link")


@_attrs_define
class Link:
    """
    Attributes:
        client_id (UUID):
        relation (LinkRelation): what the linked client is to this one
    """

    client_id: UUID
    relation: LinkRelation

    def to_dict(self) -> dict[str, Any]:
        client_id = str(self.client_id)

        relation: str = self.relation

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "client_id": client_id,
                "relation": relation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = UUID(d.pop("client_id"))

        relation = check_link_relation(d.pop("relation"))

        link = cls(
            client_id=client_id,
            relation=relation,
        )

        return link
