from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.person import Person


T = TypeVar("T", bound="CardAlert")


@_attrs_define
class CardAlert:
    """
    Attributes:
        id (str | Unset):
        client_id (str | Unset):
        kind (str | Unset):
        body (str | Unset):
        pinned (bool | Unset):
        author (Person | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        acknowledged_at (datetime.datetime | None | Unset):
        acknowledged_by (None | Person | Unset):
        unacknowledged (bool | Unset): true until a staff member acknowledges it
    """

    id: str | Unset = UNSET
    client_id: str | Unset = UNSET
    kind: str | Unset = UNSET
    body: str | Unset = UNSET
    pinned: bool | Unset = UNSET
    author: Person | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    acknowledged_at: datetime.datetime | None | Unset = UNSET
    acknowledged_by: None | Person | Unset = UNSET
    unacknowledged: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.person import Person  # noqa: PLC0415

        id = self.id

        client_id = self.client_id

        kind = self.kind

        body = self.body

        pinned = self.pinned

        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        acknowledged_at: None | str | Unset
        if isinstance(self.acknowledged_at, Unset):
            acknowledged_at = UNSET
        elif isinstance(self.acknowledged_at, datetime.datetime):
            acknowledged_at = self.acknowledged_at.isoformat()
        else:
            acknowledged_at = self.acknowledged_at

        acknowledged_by: dict[str, Any] | None | Unset
        if isinstance(self.acknowledged_by, Unset):
            acknowledged_by = UNSET
        elif isinstance(self.acknowledged_by, Person):
            acknowledged_by = self.acknowledged_by.to_dict()
        else:
            acknowledged_by = self.acknowledged_by

        unacknowledged = self.unacknowledged

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if body is not UNSET:
            field_dict["body"] = body
        if pinned is not UNSET:
            field_dict["pinned"] = pinned
        if author is not UNSET:
            field_dict["author"] = author
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if acknowledged_at is not UNSET:
            field_dict["acknowledged_at"] = acknowledged_at
        if acknowledged_by is not UNSET:
            field_dict["acknowledged_by"] = acknowledged_by
        if unacknowledged is not UNSET:
            field_dict["unacknowledged"] = unacknowledged

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person import Person  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        client_id = d.pop("client_id", UNSET)

        kind = d.pop("kind", UNSET)

        body = d.pop("body", UNSET)

        pinned = d.pop("pinned", UNSET)

        _author = d.pop("author", UNSET)
        author: Person | Unset
        if isinstance(_author, Unset):
            author = UNSET
        else:
            author = Person.from_dict(_author)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        def _parse_acknowledged_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                acknowledged_at_type_0 = datetime.datetime.fromisoformat(data)

                return acknowledged_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        acknowledged_at = _parse_acknowledged_at(d.pop("acknowledged_at", UNSET))

        def _parse_acknowledged_by(data: object) -> None | Person | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                acknowledged_by_type_0 = Person.from_dict(data)

                return acknowledged_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Person | Unset, data)

        acknowledged_by = _parse_acknowledged_by(d.pop("acknowledged_by", UNSET))

        unacknowledged = d.pop("unacknowledged", UNSET)

        card_alert = cls(
            id=id,
            client_id=client_id,
            kind=kind,
            body=body,
            pinned=pinned,
            author=author,
            created_at=created_at,
            updated_at=updated_at,
            acknowledged_at=acknowledged_at,
            acknowledged_by=acknowledged_by,
            unacknowledged=unacknowledged,
        )

        card_alert.additional_properties = d
        return card_alert

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
