from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing_export import BillingExport
    from ..models.files_export import FilesExport
    from ..models.loyalty import Loyalty
    from ..models.messaging_export import MessagingExport
    from ..models.profile_export import ProfileExport


T = TypeVar("T", bound="Export")


@_attrs_define
class Export:
    """
    Attributes:
        client_id (str | Unset):
        generated_at (datetime.datetime | Unset):
        profile (None | ProfileExport | Unset):
        billing (BillingExport | None | Unset):
        loyalty (Loyalty | None | Unset):
        messaging (MessagingExport | None | Unset):
        files (FilesExport | None | Unset):
        restricted_sections (list[str] | Unset): sections this key's scopes do not cover (they are null)
    """

    client_id: str | Unset = UNSET
    generated_at: datetime.datetime | Unset = UNSET
    profile: None | ProfileExport | Unset = UNSET
    billing: BillingExport | None | Unset = UNSET
    loyalty: Loyalty | None | Unset = UNSET
    messaging: MessagingExport | None | Unset = UNSET
    files: FilesExport | None | Unset = UNSET
    restricted_sections: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.billing_export import BillingExport  # noqa: PLC0415
        from ..models.files_export import FilesExport  # noqa: PLC0415
        from ..models.loyalty import Loyalty  # noqa: PLC0415
        from ..models.messaging_export import MessagingExport  # noqa: PLC0415
        from ..models.profile_export import ProfileExport  # noqa: PLC0415

        client_id = self.client_id

        generated_at: str | Unset = UNSET
        if not isinstance(self.generated_at, Unset):
            generated_at = self.generated_at.isoformat()

        profile: dict[str, Any] | None | Unset
        if isinstance(self.profile, Unset):
            profile = UNSET
        elif isinstance(self.profile, ProfileExport):
            profile = self.profile.to_dict()
        else:
            profile = self.profile

        billing: dict[str, Any] | None | Unset
        if isinstance(self.billing, Unset):
            billing = UNSET
        elif isinstance(self.billing, BillingExport):
            billing = self.billing.to_dict()
        else:
            billing = self.billing

        loyalty: dict[str, Any] | None | Unset
        if isinstance(self.loyalty, Unset):
            loyalty = UNSET
        elif isinstance(self.loyalty, Loyalty):
            loyalty = self.loyalty.to_dict()
        else:
            loyalty = self.loyalty

        messaging: dict[str, Any] | None | Unset
        if isinstance(self.messaging, Unset):
            messaging = UNSET
        elif isinstance(self.messaging, MessagingExport):
            messaging = self.messaging.to_dict()
        else:
            messaging = self.messaging

        files: dict[str, Any] | None | Unset
        if isinstance(self.files, Unset):
            files = UNSET
        elif isinstance(self.files, FilesExport):
            files = self.files.to_dict()
        else:
            files = self.files

        restricted_sections: list[str] | Unset = UNSET
        if not isinstance(self.restricted_sections, Unset):
            restricted_sections = self.restricted_sections

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if generated_at is not UNSET:
            field_dict["generated_at"] = generated_at
        if profile is not UNSET:
            field_dict["profile"] = profile
        if billing is not UNSET:
            field_dict["billing"] = billing
        if loyalty is not UNSET:
            field_dict["loyalty"] = loyalty
        if messaging is not UNSET:
            field_dict["messaging"] = messaging
        if files is not UNSET:
            field_dict["files"] = files
        if restricted_sections is not UNSET:
            field_dict["restricted_sections"] = restricted_sections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_export import BillingExport  # noqa: PLC0415
        from ..models.files_export import FilesExport  # noqa: PLC0415
        from ..models.loyalty import Loyalty  # noqa: PLC0415
        from ..models.messaging_export import MessagingExport  # noqa: PLC0415
        from ..models.profile_export import ProfileExport  # noqa: PLC0415

        d = dict(src_dict)
        client_id = d.pop("client_id", UNSET)

        _generated_at = d.pop("generated_at", UNSET)
        generated_at: datetime.datetime | Unset
        if isinstance(_generated_at, Unset):
            generated_at = UNSET
        else:
            generated_at = datetime.datetime.fromisoformat(_generated_at)

        def _parse_profile(data: object) -> None | ProfileExport | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                profile_type_0 = ProfileExport.from_dict(data)

                return profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProfileExport | Unset, data)

        profile = _parse_profile(d.pop("profile", UNSET))

        def _parse_billing(data: object) -> BillingExport | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                billing_type_0 = BillingExport.from_dict(data)

                return billing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingExport | None | Unset, data)

        billing = _parse_billing(d.pop("billing", UNSET))

        def _parse_loyalty(data: object) -> Loyalty | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                loyalty_type_0 = Loyalty.from_dict(data)

                return loyalty_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Loyalty | None | Unset, data)

        loyalty = _parse_loyalty(d.pop("loyalty", UNSET))

        def _parse_messaging(data: object) -> MessagingExport | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                messaging_type_0 = MessagingExport.from_dict(data)

                return messaging_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessagingExport | None | Unset, data)

        messaging = _parse_messaging(d.pop("messaging", UNSET))

        def _parse_files(data: object) -> FilesExport | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                files_type_0 = FilesExport.from_dict(data)

                return files_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FilesExport | None | Unset, data)

        files = _parse_files(d.pop("files", UNSET))

        restricted_sections = cast(list[str], d.pop("restricted_sections", UNSET))

        export = cls(
            client_id=client_id,
            generated_at=generated_at,
            profile=profile,
            billing=billing,
            loyalty=loyalty,
            messaging=messaging,
            files=files,
            restricted_sections=restricted_sections,
        )

        export.additional_properties = d
        return export

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
