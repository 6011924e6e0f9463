from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sign_consent_answers import SignConsentAnswers


T = TypeVar("T", bound="SignConsent")


@_attrs_define
class SignConsent:
    """
    Attributes:
        template_id (UUID):
        signer_name (str):
        signature_base64 (str): the drawn signature, PNG or JPEG (a data URL is fine)
        template_version (int | None | Unset): the latest when left out
        answers (SignConsentAnswers | Unset):
        signed_at (datetime.datetime | None | Unset): now when left out
        ip (None | str | Unset): the caller's by default
        user_agent (None | str | Unset):
    """

    template_id: UUID
    signer_name: str
    signature_base64: str
    template_version: int | None | Unset = UNSET
    answers: SignConsentAnswers | Unset = UNSET
    signed_at: datetime.datetime | None | Unset = UNSET
    ip: None | str | Unset = UNSET
    user_agent: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        template_id = str(self.template_id)

        signer_name = self.signer_name

        signature_base64 = self.signature_base64

        template_version: int | None | Unset
        if isinstance(self.template_version, Unset):
            template_version = UNSET
        else:
            template_version = self.template_version

        answers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.answers, Unset):
            answers = self.answers.to_dict()

        signed_at: None | str | Unset
        if isinstance(self.signed_at, Unset):
            signed_at = UNSET
        elif isinstance(self.signed_at, datetime.datetime):
            signed_at = self.signed_at.isoformat()
        else:
            signed_at = self.signed_at

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "template_id": template_id,
                "signer_name": signer_name,
                "signature_base64": signature_base64,
            }
        )
        if template_version is not UNSET:
            field_dict["template_version"] = template_version
        if answers is not UNSET:
            field_dict["answers"] = answers
        if signed_at is not UNSET:
            field_dict["signed_at"] = signed_at
        if ip is not UNSET:
            field_dict["ip"] = ip
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sign_consent_answers import SignConsentAnswers  # noqa: PLC0415

        d = dict(src_dict)
        template_id = UUID(d.pop("template_id"))

        signer_name = d.pop("signer_name")

        signature_base64 = d.pop("signature_base64")

        def _parse_template_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        template_version = _parse_template_version(d.pop("template_version", UNSET))

        _answers = d.pop("answers", UNSET)
        answers: SignConsentAnswers | Unset
        if isinstance(_answers, Unset):
            answers = UNSET
        else:
            answers = SignConsentAnswers.from_dict(_answers)

        def _parse_signed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_at_type_0 = datetime.datetime.fromisoformat(data)

                return signed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        signed_at = _parse_signed_at(d.pop("signed_at", UNSET))

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

        sign_consent = cls(
            template_id=template_id,
            signer_name=signer_name,
            signature_base64=signature_base64,
            template_version=template_version,
            answers=answers,
            signed_at=signed_at,
            ip=ip,
            user_agent=user_agent,
        )

        return sign_consent
