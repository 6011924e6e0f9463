from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_record_custom_fields import ClientRecordCustomFields
    from ..models.link_out import LinkOut


T = TypeVar("T", bound="ClientRecord")


@_attrs_define
class ClientRecord:
    """
    Attributes:
        id (UUID | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        email (None | str | Unset):
        phone (None | str | Unset):
        additional_phone (None | str | Unset):
        gender (None | str | Unset):
        date_of_birth (datetime.date | None | Unset):  Example: 1990-04-21.
        categories (list[str] | Unset):
        tags (list[str] | Unset):
        custom_fields (ClientRecordCustomFields | Unset): values by custom field key
        home_location_id (None | Unset | UUID):
        discount_percent (float | Unset):
        card_number (None | str | Unset):
        photo_file_id (None | Unset | UUID): the profile photo, one of the client's photo files (its thumbnail: `GET
            /files/{id}/content?thumbnail=true`, needs `files:read`); set with `PUT /clients/{id}/photo`
        online_booking_disabled (bool | Unset):
        status (str | Unset): active or archived (a merged client is archived, with `merged_into_id`)
        restricted (bool | Unset):
        blocked (bool | Unset):
        block_reason (None | str | Unset):
        merged_into_id (None | Unset | UUID): the client this one was merged into
        archived_at (datetime.datetime | None | Unset):
        last_visit_at (datetime.datetime | None | Unset):
        next_visit_at (datetime.datetime | None | Unset):
        linked_clients (list[LinkOut] | Unset): absent in search results
        version (int | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: UUID | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    additional_phone: None | str | Unset = UNSET
    gender: None | str | Unset = UNSET
    date_of_birth: datetime.date | None | Unset = UNSET
    categories: list[str] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    custom_fields: ClientRecordCustomFields | Unset = UNSET
    home_location_id: None | Unset | UUID = UNSET
    discount_percent: float | Unset = UNSET
    card_number: None | str | Unset = UNSET
    photo_file_id: None | Unset | UUID = UNSET
    online_booking_disabled: bool | Unset = UNSET
    status: str | Unset = UNSET
    restricted: bool | Unset = UNSET
    blocked: bool | Unset = UNSET
    block_reason: None | str | Unset = UNSET
    merged_into_id: None | Unset | UUID = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    last_visit_at: datetime.datetime | None | Unset = UNSET
    next_visit_at: datetime.datetime | None | Unset = UNSET
    linked_clients: list[LinkOut] | Unset = UNSET
    version: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        first_name = self.first_name

        last_name = self.last_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        additional_phone: None | str | Unset
        if isinstance(self.additional_phone, Unset):
            additional_phone = UNSET
        else:
            additional_phone = self.additional_phone

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        date_of_birth: None | str | Unset
        if isinstance(self.date_of_birth, Unset):
            date_of_birth = UNSET
        elif isinstance(self.date_of_birth, datetime.date):
            date_of_birth = self.date_of_birth.isoformat()
        else:
            date_of_birth = self.date_of_birth

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        home_location_id: None | str | Unset
        if isinstance(self.home_location_id, Unset):
            home_location_id = UNSET
        elif isinstance(self.home_location_id, UUID):
            home_location_id = str(self.home_location_id)
        else:
            home_location_id = self.home_location_id

        discount_percent = self.discount_percent

        card_number: None | str | Unset
        if isinstance(self.card_number, Unset):
            card_number = UNSET
        else:
            card_number = self.card_number

        photo_file_id: None | str | Unset
        if isinstance(self.photo_file_id, Unset):
            photo_file_id = UNSET
        elif isinstance(self.photo_file_id, UUID):
            photo_file_id = str(self.photo_file_id)
        else:
            photo_file_id = self.photo_file_id

        online_booking_disabled = self.online_booking_disabled

        status = self.status

        restricted = self.restricted

        blocked = self.blocked

        block_reason: None | str | Unset
        if isinstance(self.block_reason, Unset):
            block_reason = UNSET
        else:
            block_reason = self.block_reason

        merged_into_id: None | str | Unset
        if isinstance(self.merged_into_id, Unset):
            merged_into_id = UNSET
        elif isinstance(self.merged_into_id, UUID):
            merged_into_id = str(self.merged_into_id)
        else:
            merged_into_id = self.merged_into_id

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        last_visit_at: None | str | Unset
        if isinstance(self.last_visit_at, Unset):
            last_visit_at = UNSET
        elif isinstance(self.last_visit_at, datetime.datetime):
            last_visit_at = self.last_visit_at.isoformat()
        else:
            last_visit_at = self.last_visit_at

        next_visit_at: None | str | Unset
        if isinstance(self.next_visit_at, Unset):
            next_visit_at = UNSET
        elif isinstance(self.next_visit_at, datetime.datetime):
            next_visit_at = self.next_visit_at.isoformat()
        else:
            next_visit_at = self.next_visit_at

        linked_clients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linked_clients, Unset):
            linked_clients = []
            for linked_clients_item_data in self.linked_clients:
                linked_clients_item = linked_clients_item_data.to_dict()
                linked_clients.append(linked_clients_item)

        version = self.version

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if additional_phone is not UNSET:
            field_dict["additional_phone"] = additional_phone
        if gender is not UNSET:
            field_dict["gender"] = gender
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        if categories is not UNSET:
            field_dict["categories"] = categories
        if tags is not UNSET:
            field_dict["tags"] = tags
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if home_location_id is not UNSET:
            field_dict["home_location_id"] = home_location_id
        if discount_percent is not UNSET:
            field_dict["discount_percent"] = discount_percent
        if card_number is not UNSET:
            field_dict["card_number"] = card_number
        if photo_file_id is not UNSET:
            field_dict["photo_file_id"] = photo_file_id
        if online_booking_disabled is not UNSET:
            field_dict["online_booking_disabled"] = online_booking_disabled
        if status is not UNSET:
            field_dict["status"] = status
        if restricted is not UNSET:
            field_dict["restricted"] = restricted
        if blocked is not UNSET:
            field_dict["blocked"] = blocked
        if block_reason is not UNSET:
            field_dict["block_reason"] = block_reason
        if merged_into_id is not UNSET:
            field_dict["merged_into_id"] = merged_into_id
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if last_visit_at is not UNSET:
            field_dict["last_visit_at"] = last_visit_at
        if next_visit_at is not UNSET:
            field_dict["next_visit_at"] = next_visit_at
        if linked_clients is not UNSET:
            field_dict["linked_clients"] = linked_clients
        if version is not UNSET:
            field_dict["version"] = version
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_record_custom_fields import ClientRecordCustomFields  # noqa: PLC0415
        from ..models.link_out import LinkOut  # noqa: PLC0415

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_additional_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        additional_phone = _parse_additional_phone(d.pop("additional_phone", UNSET))

        def _parse_gender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_date_of_birth(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_of_birth_type_0 = datetime.date.fromisoformat(data)

                return date_of_birth_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date_of_birth = _parse_date_of_birth(d.pop("date_of_birth", UNSET))

        categories = cast(list[str], d.pop("categories", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: ClientRecordCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = ClientRecordCustomFields.from_dict(_custom_fields)

        def _parse_home_location_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                home_location_id_type_0 = UUID(data)

                return home_location_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        home_location_id = _parse_home_location_id(d.pop("home_location_id", UNSET))

        discount_percent = d.pop("discount_percent", UNSET)

        def _parse_card_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_number = _parse_card_number(d.pop("card_number", UNSET))

        def _parse_photo_file_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                photo_file_id_type_0 = UUID(data)

                return photo_file_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        photo_file_id = _parse_photo_file_id(d.pop("photo_file_id", UNSET))

        online_booking_disabled = d.pop("online_booking_disabled", UNSET)

        status = d.pop("status", UNSET)

        restricted = d.pop("restricted", UNSET)

        blocked = d.pop("blocked", UNSET)

        def _parse_block_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        block_reason = _parse_block_reason(d.pop("block_reason", UNSET))

        def _parse_merged_into_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                merged_into_id_type_0 = UUID(data)

                return merged_into_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        merged_into_id = _parse_merged_into_id(d.pop("merged_into_id", UNSET))

        def _parse_archived_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_at_type_0 = datetime.datetime.fromisoformat(data)

                return archived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        archived_at = _parse_archived_at(d.pop("archived_at", UNSET))

        def _parse_last_visit_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_visit_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_visit_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_visit_at = _parse_last_visit_at(d.pop("last_visit_at", UNSET))

        def _parse_next_visit_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_visit_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_visit_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        next_visit_at = _parse_next_visit_at(d.pop("next_visit_at", UNSET))

        _linked_clients = d.pop("linked_clients", UNSET)
        linked_clients: list[LinkOut] | Unset = UNSET
        if _linked_clients is not UNSET:
            linked_clients = []
            for linked_clients_item_data in _linked_clients:
                linked_clients_item = LinkOut.from_dict(linked_clients_item_data)

                linked_clients.append(linked_clients_item)

        version = d.pop("version", UNSET)

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

        client_record = cls(
            id=id,
            first_name=first_name,
            last_name=last_name,
            email=email,
            phone=phone,
            additional_phone=additional_phone,
            gender=gender,
            date_of_birth=date_of_birth,
            categories=categories,
            tags=tags,
            custom_fields=custom_fields,
            home_location_id=home_location_id,
            discount_percent=discount_percent,
            card_number=card_number,
            photo_file_id=photo_file_id,
            online_booking_disabled=online_booking_disabled,
            status=status,
            restricted=restricted,
            blocked=blocked,
            block_reason=block_reason,
            merged_into_id=merged_into_id,
            archived_at=archived_at,
            last_visit_at=last_visit_at,
            next_visit_at=next_visit_at,
            linked_clients=linked_clients,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        client_record.additional_properties = d
        return client_record

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
