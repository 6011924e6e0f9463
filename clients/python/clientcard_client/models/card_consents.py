from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consent_gap import ConsentGap
    from ..models.consent_visit import ConsentVisit


T = TypeVar("T", bound="CardConsents")


@_attrs_define
class CardConsents:
    """
    Attributes:
        next_visit (ConsentVisit | None | Unset):
        missing (list[ConsentGap] | Unset):
        expired (list[ConsentGap] | Unset):
        unavailable (bool | Unset): true when the next visit could not be read
    """

    next_visit: ConsentVisit | None | Unset = UNSET
    missing: list[ConsentGap] | Unset = UNSET
    expired: list[ConsentGap] | Unset = UNSET
    unavailable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.consent_visit import ConsentVisit  # noqa: PLC0415

        next_visit: dict[str, Any] | None | Unset
        if isinstance(self.next_visit, Unset):
            next_visit = UNSET
        elif isinstance(self.next_visit, ConsentVisit):
            next_visit = self.next_visit.to_dict()
        else:
            next_visit = self.next_visit

        missing: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.missing, Unset):
            missing = []
            for missing_item_data in self.missing:
                missing_item = missing_item_data.to_dict()
                missing.append(missing_item)

        expired: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.expired, Unset):
            expired = []
            for expired_item_data in self.expired:
                expired_item = expired_item_data.to_dict()
                expired.append(expired_item)

        unavailable = self.unavailable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if next_visit is not UNSET:
            field_dict["next_visit"] = next_visit
        if missing is not UNSET:
            field_dict["missing"] = missing
        if expired is not UNSET:
            field_dict["expired"] = expired
        if unavailable is not UNSET:
            field_dict["unavailable"] = unavailable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.consent_gap import ConsentGap  # noqa: PLC0415
        from ..models.consent_visit import ConsentVisit  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_next_visit(data: object) -> ConsentVisit | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                next_visit_type_0 = ConsentVisit.from_dict(data)

                return next_visit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConsentVisit | None | Unset, data)

        next_visit = _parse_next_visit(d.pop("next_visit", UNSET))

        _missing = d.pop("missing", UNSET)
        missing: list[ConsentGap] | Unset = UNSET
        if _missing is not UNSET:
            missing = []
            for missing_item_data in _missing:
                missing_item = ConsentGap.from_dict(missing_item_data)

                missing.append(missing_item)

        _expired = d.pop("expired", UNSET)
        expired: list[ConsentGap] | Unset = UNSET
        if _expired is not UNSET:
            expired = []
            for expired_item_data in _expired:
                expired_item = ConsentGap.from_dict(expired_item_data)

                expired.append(expired_item)

        unavailable = d.pop("unavailable", UNSET)

        card_consents = cls(
            next_visit=next_visit,
            missing=missing,
            expired=expired,
            unavailable=unavailable,
        )

        card_consents.additional_properties = d
        return card_consents

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
