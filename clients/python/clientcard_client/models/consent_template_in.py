from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_field import TemplateField


T = TypeVar("T", bound="ConsentTemplateIn")


@_attrs_define
class ConsentTemplateIn:
    """
    Attributes:
        title (str):
        body (str): Markdown
        checkboxes (list[TemplateField] | Unset):
        services (list[str] | Unset): the treatments or services this form covers
        validity_months (int | None | Unset):
        fields (list[TemplateField] | Unset): text answers
    """

    title: str
    body: str
    checkboxes: list[TemplateField] | Unset = UNSET
    services: list[str] | Unset = UNSET
    validity_months: int | None | Unset = UNSET
    fields: list[TemplateField] | Unset = UNSET

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

        field_dict: dict[str, Any] = {}

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

        consent_template_in = cls(
            title=title,
            body=body,
            checkboxes=checkboxes,
            services=services,
            validity_months=validity_months,
            fields=fields,
        )

        return consent_template_in
