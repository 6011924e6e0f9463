from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_field import TemplateField


T = TypeVar("T", bound="ConsentTemplate")


@_attrs_define
class ConsentTemplate:
    """
    Attributes:
        title (str):
        body (str): Markdown
        checkboxes (list[TemplateField] | Unset):
        services (list[str] | Unset): the treatments or services this form covers
        validity_months (int | None | Unset):
        fields (list[TemplateField] | Unset): text answers
        id (str | Unset):
        version (int | Unset):
        created_by (None | str | Unset):
        created_at (datetime.datetime | Unset):
    """

    title: str
    body: str
    checkboxes: list[TemplateField] | Unset = UNSET
    services: list[str] | Unset = UNSET
    validity_months: int | None | Unset = UNSET
    fields: list[TemplateField] | Unset = UNSET
    id: str | Unset = UNSET
    version: int | Unset = UNSET
    created_by: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        body = self.body

        checkboxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.checkboxes, Unset):
            checkboxes = []
            for checkboxes_item_data in self.checkboxes:
                checkboxes_item = checkboxes_item_data.to_dict()
                checkboxes.append(checkboxes_item)

        services: list[str] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services

        validity_months: int | None | Unset
        if isinstance(self.validity_months, Unset):
            validity_months = UNSET
        else:
            validity_months = self.validity_months

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        id = self.id

        version = self.version

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "body": body,
            }
        )
        if checkboxes is not UNSET:
            field_dict["checkboxes"] = checkboxes
        if services is not UNSET:
            field_dict["services"] = services
        if validity_months is not UNSET:
            field_dict["validity_months"] = validity_months
        if fields is not UNSET:
            field_dict["fields"] = fields
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_field import TemplateField  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        body = d.pop("body")

        _checkboxes = d.pop("checkboxes", UNSET)
        checkboxes: list[TemplateField] | Unset = UNSET
        if _checkboxes is not UNSET:
            checkboxes = []
            for checkboxes_item_data in _checkboxes:
                checkboxes_item = TemplateField.from_dict(checkboxes_item_data)

                checkboxes.append(checkboxes_item)

        services = cast(list[str], d.pop("services", UNSET))

        def _parse_validity_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        validity_months = _parse_validity_months(d.pop("validity_months", UNSET))

        _fields = d.pop("fields", UNSET)
        fields: list[TemplateField] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = TemplateField.from_dict(fields_item_data)

                fields.append(fields_item)

        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        consent_template = cls(
            title=title,
            body=body,
            checkboxes=checkboxes,
            services=services,
            validity_months=validity_months,
            fields=fields,
            id=id,
            version=version,
            created_by=created_by,
            created_at=created_at,
        )

        consent_template.additional_properties = d
        return consent_template

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
