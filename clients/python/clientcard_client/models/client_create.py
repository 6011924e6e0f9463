from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.client_create_gender_type_1 import ClientCreateGenderType1, check_client_create_gender_type_1
from ..models.client_create_gender_type_2_type_1 import (
    ClientCreateGenderType2Type1,
    check_client_create_gender_type_2_type_1,
)
from ..models.client_create_gender_type_3_type_1 import (
    ClientCreateGenderType3Type1,
    check_client_create_gender_type_3_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_create_custom_fields import ClientCreateCustomFields
    from ..models.link import Link


T = TypeVar("T", bound="ClientCreate")


@_attrs_define
class ClientCreate:
    """
    Attributes:
        first_name (str):  Example: Ann.
        last_name (str | Unset):
        email (None | str | Unset):
        phone (None | str | Unset): any common format; stored as E.164
        additional_phone (None | str | Unset):
        gender (ClientCreateGenderType1 | ClientCreateGenderType2Type1 | ClientCreateGenderType3Type1 | None | Unset):
        date_of_birth (datetime.date | None | Unset):
        categories (list[str] | Unset):
        tags (list[str] | Unset):
        custom_fields (ClientCreateCustomFields | Unset): values checked against /custom-fields; null removes one
        home_location_id (None | Unset | UUID):
        discount_percent (float | Unset):
        card_number (None | str | Unset): unique among active clients
        online_booking_disabled (bool | Unset):
        restricted (bool | Unset): restriction of processing (GDPR art. 18)
        blocked (bool | Unset):
        block_reason (None | str | Unset): required while blocked
        linked_clients (list[Link] | Unset): replaces every link when sent
    """

    first_name: str
    last_name: str | Unset = UNSET
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    additional_phone: None | str | Unset = UNSET
    gender: ClientCreateGenderType1 | ClientCreateGenderType2Type1 | ClientCreateGenderType3Type1 | None | Unset = UNSET
    date_of_birth: datetime.date | None | Unset = UNSET
    categories: list[str] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    custom_fields: ClientCreateCustomFields | Unset = UNSET
    home_location_id: None | Unset | UUID = UNSET
    discount_percent: float | Unset = UNSET
    card_number: None | str | Unset = UNSET
    online_booking_disabled: bool | Unset = UNSET
    restricted: bool | Unset = UNSET
    blocked: bool | Unset = UNSET
    block_reason: None | str | Unset = UNSET
    linked_clients: list[Link] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
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
        elif isinstance(self.gender, str):
            gender = self.gender
        elif isinstance(self.gender, str):
            gender = self.gender
        elif isinstance(self.gender, str):
            gender = self.gender
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

        online_booking_disabled = self.online_booking_disabled

        restricted = self.restricted

        blocked = self.blocked

        block_reason: None | str | Unset
        if isinstance(self.block_reason, Unset):
            block_reason = UNSET
        else:
            block_reason = self.block_reason

        linked_clients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linked_clients, Unset):
            linked_clients = []
            for linked_clients_item_data in self.linked_clients:
                linked_clients_item = linked_clients_item_data.to_dict()
                linked_clients.append(linked_clients_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "first_name": first_name,
            }
        )
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
        if online_booking_disabled is not UNSET:
            field_dict["online_booking_disabled"] = online_booking_disabled
        if restricted is not UNSET:
            field_dict["restricted"] = restricted
        if blocked is not UNSET:
            field_dict["blocked"] = blocked
        if block_reason is not UNSET:
            field_dict["block_reason"] = block_reason
        if linked_clients is not UNSET:
            field_dict["linked_clients"] = linked_clients

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_create_custom_fields import ClientCreateCustomFields  # noqa: PLC0415
        from ..models.link import Link  # noqa: PLC0415

        d = dict(src_dict)
        first_name = d.pop("first_name")

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

        def _parse_gender(
            data: object,
        ) -> ClientCreateGenderType1 | ClientCreateGenderType2Type1 | ClientCreateGenderType3Type1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gender_type_1 = check_client_create_gender_type_1(data)

                return gender_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gender_type_2_type_1 = check_client_create_gender_type_2_type_1(data)

                return gender_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gender_type_3_type_1 = check_client_create_gender_type_3_type_1(data)

                return gender_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ClientCreateGenderType1 | ClientCreateGenderType2Type1 | ClientCreateGenderType3Type1 | None | Unset,
                data,
            )

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
        custom_fields: ClientCreateCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = ClientCreateCustomFields.from_dict(_custom_fields)

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

        online_booking_disabled = d.pop("online_booking_disabled", UNSET)

        restricted = d.pop("restricted", UNSET)

        blocked = d.pop("blocked", UNSET)

        def _parse_block_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        block_reason = _parse_block_reason(d.pop("block_reason", UNSET))

        _linked_clients = d.pop("linked_clients", UNSET)
        linked_clients: list[Link] | Unset = UNSET
        if _linked_clients is not UNSET:
            linked_clients = []
            for linked_clients_item_data in _linked_clients:
                linked_clients_item = Link.from_dict(linked_clients_item_data)

                linked_clients.append(linked_clients_item)

        client_create = cls(
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
            online_booking_disabled=online_booking_disabled,
            restricted=restricted,
            blocked=blocked,
            block_reason=block_reason,
            linked_clients=linked_clients,
        )

        return client_create
