from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_record import ClientRecord


T = TypeVar("T", bound="Duplicate")


@_attrs_define
class Duplicate:
    """
    Attributes:
        client (ClientRecord | Unset):
        reasons (list[str] | Unset): phone, email, name
        score (float | Unset):
    """

    client: ClientRecord | Unset = UNSET
    reasons: list[str] | Unset = UNSET
    score: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        reasons: list[str] | Unset = UNSET
        if not isinstance(self.reasons, Unset):
            reasons = self.reasons

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client is not UNSET:
            field_dict["client"] = client
        if reasons is not UNSET:
            field_dict["reasons"] = reasons
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_record import ClientRecord  # noqa: PLC0415

        d = dict(src_dict)
        _client = d.pop("client", UNSET)
        client: ClientRecord | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = ClientRecord.from_dict(_client)

        reasons = cast(list[str], d.pop("reasons", UNSET))

        score = d.pop("score", UNSET)

        duplicate = cls(
            client=client,
            reasons=reasons,
            score=score,
        )

        duplicate.additional_properties = d
        return duplicate

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
