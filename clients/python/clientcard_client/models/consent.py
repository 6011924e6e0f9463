from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consent_answers import ConsentAnswers


T = TypeVar("T", bound="Consent")


@_attrs_define
class Consent:
    """
    Attributes:
        id (str | Unset):
        client_id (str | Unset):
        template_id (str | Unset):
        template_version (int | Unset):
        title (str | Unset):
        services (list[str] | Unset):
        status (str | Unset): valid, expired or withdrawn
        answers (ConsentAnswers | Unset):
        signer_name (str | Unset):
        signed_at (datetime.datetime | Unset):
        ip (None | str | Unset):
        user_agent (None | str | Unset):
        expires_at (datetime.datetime | None | Unset):
        file_id (str | Unset): the signed PDF: GET /files/{file_id}/content
        pdf_sha256 (str | Unset):
        withdrawn_at (datetime.datetime | None | Unset):
        withdrawn_by (None | str | Unset):
        withdrawal_reason (None | str | Unset):
        sealed (bool | Unset):
    """

    id: str | Unset = UNSET
    client_id: str | Unset = UNSET
    template_id: str | Unset = UNSET
    template_version: int | Unset = UNSET
    title: str | Unset = UNSET
    services: list[str] | Unset = UNSET
    status: str | Unset = UNSET
    answers: ConsentAnswers | Unset = UNSET
    signer_name: str | Unset = UNSET
    signed_at: datetime.datetime | Unset = UNSET
    ip: None | str | Unset = UNSET
    user_agent: None | str | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    file_id: str | Unset = UNSET
    pdf_sha256: str | Unset = UNSET
    withdrawn_at: datetime.datetime | None | Unset = UNSET
    withdrawn_by: None | str | Unset = UNSET
    withdrawal_reason: None | str | Unset = UNSET
    sealed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id = self.client_id

        template_id = self.template_id

        template_version = self.template_version

        title = self.title

        services: list[str] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services

        status = self.status

        answers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.answers, Unset):
            answers = self.answers.to_dict()

        signer_name = self.signer_name

        signed_at: str | Unset = UNSET
        if not isinstance(self.signed_at, Unset):
            signed_at = self.signed_at.isoformat()

        ip: None | str | Unset
        if isinstance(self.ip, Unset):
            ip = UNSET
        else:
            ip = self.ip

        user_agent: None | str | Unset
        if isinstance(self.user_agent, Unset):
            user_agent = UNSET
        else:
            user_agent = self.user_agent

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        file_id = self.file_id

        pdf_sha256 = self.pdf_sha256

        withdrawn_at: None | str | Unset
        if isinstance(self.withdrawn_at, Unset):
            withdrawn_at = UNSET
        elif isinstance(self.withdrawn_at, datetime.datetime):
            withdrawn_at = self.withdrawn_at.isoformat()
        else:
            withdrawn_at = self.withdrawn_at

        withdrawn_by: None | str | Unset
        if isinstance(self.withdrawn_by, Unset):
            withdrawn_by = UNSET
        else:
            withdrawn_by = self.withdrawn_by

        withdrawal_reason: None | str | Unset
        if isinstance(self.withdrawal_reason, Unset):
            withdrawal_reason = UNSET
        else:
            withdrawal_reason = self.withdrawal_reason

        sealed = self.sealed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if template_version is not UNSET:
            field_dict["template_version"] = template_version
        if title is not UNSET:
            field_dict["title"] = title
        if services is not UNSET:
            field_dict["services"] = services
        if status is not UNSET:
            field_dict["status"] = status
        if answers is not UNSET:
            field_dict["answers"] = answers
        if signer_name is not UNSET:
            field_dict["signer_name"] = signer_name
        if signed_at is not UNSET:
            field_dict["signed_at"] = signed_at
        if ip is not UNSET:
            field_dict["ip"] = ip
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if pdf_sha256 is not UNSET:
            field_dict["pdf_sha256"] = pdf_sha256
        if withdrawn_at is not UNSET:
            field_dict["withdrawn_at"] = withdrawn_at
        if withdrawn_by is not UNSET:
            field_dict["withdrawn_by"] = withdrawn_by
        if withdrawal_reason is not UNSET:
            field_dict["withdrawal_reason"] = withdrawal_reason
        if sealed is not UNSET:
            field_dict["sealed"] = sealed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.consent_answers import ConsentAnswers  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        client_id = d.pop("client_id", UNSET)

        template_id = d.pop("template_id", UNSET)

        template_version = d.pop("template_version", UNSET)

        title = d.pop("title", UNSET)

        services = cast(list[str], d.pop("services", UNSET))

        status = d.pop("status", UNSET)

        _answers = d.pop("answers", UNSET)
        answers: ConsentAnswers | Unset
        if isinstance(_answers, Unset):
            answers = UNSET
        else:
            answers = ConsentAnswers.from_dict(_answers)

        signer_name = d.pop("signer_name", UNSET)

        _signed_at = d.pop("signed_at", UNSET)
        signed_at: datetime.datetime | Unset
        if isinstance(_signed_at, Unset):
            signed_at = UNSET
        else:
            signed_at = datetime.datetime.fromisoformat(_signed_at)

        def _parse_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip = _parse_ip(d.pop("ip", UNSET))

        def _parse_user_agent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_agent = _parse_user_agent(d.pop("user_agent", UNSET))

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        file_id = d.pop("file_id", UNSET)

        pdf_sha256 = d.pop("pdf_sha256", UNSET)

        def _parse_withdrawn_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                withdrawn_at_type_0 = datetime.datetime.fromisoformat(data)

                return withdrawn_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        withdrawn_at = _parse_withdrawn_at(d.pop("withdrawn_at", UNSET))

        def _parse_withdrawn_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        withdrawn_by = _parse_withdrawn_by(d.pop("withdrawn_by", UNSET))

        def _parse_withdrawal_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        withdrawal_reason = _parse_withdrawal_reason(d.pop("withdrawal_reason", UNSET))

        sealed = d.pop("sealed", UNSET)

        consent = cls(
            id=id,
            client_id=client_id,
            template_id=template_id,
            template_version=template_version,
            title=title,
            services=services,
            status=status,
            answers=answers,
            signer_name=signer_name,
            signed_at=signed_at,
            ip=ip,
            user_agent=user_agent,
            expires_at=expires_at,
            file_id=file_id,
            pdf_sha256=pdf_sha256,
            withdrawn_at=withdrawn_at,
            withdrawn_by=withdrawn_by,
            withdrawal_reason=withdrawal_reason,
            sealed=sealed,
        )

        consent.additional_properties = d
        return consent

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
