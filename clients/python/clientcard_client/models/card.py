from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.card_restricted_sections_item import CardRestrictedSectionsItem, check_card_restricted_sections_item
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_alert import CardAlert
    from ..models.card_balance import CardBalance
    from ..models.card_files import CardFiles
    from ..models.card_messages import CardMessages
    from ..models.card_summary import CardSummary
    from ..models.card_visits import CardVisits
    from ..models.client_record import ClientRecord
    from ..models.loyalty import Loyalty


T = TypeVar("T", bound="Card")


@_attrs_define
class Card:
    """
    Attributes:
        client (ClientRecord | None | Unset):
        summary (CardSummary | Unset):
        alerts (list[CardAlert] | None | Unset): newest first
        balance (CardBalance | None | Unset): needs `billing:read`
        loyalty (Loyalty | None | Unset): needs `loyalty:read`
        messages (CardMessages | None | Unset): needs `messages:read`
        files (CardFiles | None | Unset): needs `files:read`
        visits (CardVisits | None | Unset):
        unavailable (list[str] | Unset): sections (and their services) that did not answer in time
        restricted_sections (list[CardRestrictedSectionsItem] | Unset): sections this key's scopes do not cover (they
            are null)
    """

    client: ClientRecord | None | Unset = UNSET
    summary: CardSummary | Unset = UNSET
    alerts: list[CardAlert] | None | Unset = UNSET
    balance: CardBalance | None | Unset = UNSET
    loyalty: Loyalty | None | Unset = UNSET
    messages: CardMessages | None | Unset = UNSET
    files: CardFiles | None | Unset = UNSET
    visits: CardVisits | None | Unset = UNSET
    unavailable: list[str] | Unset = UNSET
    restricted_sections: list[CardRestrictedSectionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.card_balance import CardBalance  # noqa: PLC0415
        from ..models.card_files import CardFiles  # noqa: PLC0415
        from ..models.card_messages import CardMessages  # noqa: PLC0415
        from ..models.card_visits import CardVisits  # noqa: PLC0415
        from ..models.client_record import ClientRecord  # noqa: PLC0415
        from ..models.loyalty import Loyalty  # noqa: PLC0415

        client: dict[str, Any] | None | Unset
        if isinstance(self.client, Unset):
            client = UNSET
        elif isinstance(self.client, ClientRecord):
            client = self.client.to_dict()
        else:
            client = self.client

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        alerts: list[dict[str, Any]] | None | Unset
        if isinstance(self.alerts, Unset):
            alerts = UNSET
        elif isinstance(self.alerts, list):
            alerts = []
            for alerts_type_0_item_data in self.alerts:
                alerts_type_0_item = alerts_type_0_item_data.to_dict()
                alerts.append(alerts_type_0_item)

        else:
            alerts = self.alerts

        balance: dict[str, Any] | None | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        elif isinstance(self.balance, CardBalance):
            balance = self.balance.to_dict()
        else:
            balance = self.balance

        loyalty: dict[str, Any] | None | Unset
        if isinstance(self.loyalty, Unset):
            loyalty = UNSET
        elif isinstance(self.loyalty, Loyalty):
            loyalty = self.loyalty.to_dict()
        else:
            loyalty = self.loyalty

        messages: dict[str, Any] | None | Unset
        if isinstance(self.messages, Unset):
            messages = UNSET
        elif isinstance(self.messages, CardMessages):
            messages = self.messages.to_dict()
        else:
            messages = self.messages

        files: dict[str, Any] | None | Unset
        if isinstance(self.files, Unset):
            files = UNSET
        elif isinstance(self.files, CardFiles):
            files = self.files.to_dict()
        else:
            files = self.files

        visits: dict[str, Any] | None | Unset
        if isinstance(self.visits, Unset):
            visits = UNSET
        elif isinstance(self.visits, CardVisits):
            visits = self.visits.to_dict()
        else:
            visits = self.visits

        unavailable: list[str] | Unset = UNSET
        if not isinstance(self.unavailable, Unset):
            unavailable = self.unavailable

        restricted_sections: list[str] | Unset = UNSET
        if not isinstance(self.restricted_sections, Unset):
            restricted_sections = []
            for restricted_sections_item_data in self.restricted_sections:
                restricted_sections_item: str = restricted_sections_item_data
                restricted_sections.append(restricted_sections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client is not UNSET:
            field_dict["client"] = client
        if summary is not UNSET:
            field_dict["summary"] = summary
        if alerts is not UNSET:
            field_dict["alerts"] = alerts
        if balance is not UNSET:
            field_dict["balance"] = balance
        if loyalty is not UNSET:
            field_dict["loyalty"] = loyalty
        if messages is not UNSET:
            field_dict["messages"] = messages
        if files is not UNSET:
            field_dict["files"] = files
        if visits is not UNSET:
            field_dict["visits"] = visits
        if unavailable is not UNSET:
            field_dict["unavailable"] = unavailable
        if restricted_sections is not UNSET:
            field_dict["restricted_sections"] = restricted_sections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.card_alert import CardAlert  # noqa: PLC0415
        from ..models.card_balance import CardBalance  # noqa: PLC0415
        from ..models.card_files import CardFiles  # noqa: PLC0415
        from ..models.card_messages import CardMessages  # noqa: PLC0415
        from ..models.card_summary import CardSummary  # noqa: PLC0415
        from ..models.card_visits import CardVisits  # noqa: PLC0415
        from ..models.client_record import ClientRecord  # noqa: PLC0415
        from ..models.loyalty import Loyalty  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_client(data: object) -> ClientRecord | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                client_type_0 = ClientRecord.from_dict(data)

                return client_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClientRecord | None | Unset, data)

        client = _parse_client(d.pop("client", UNSET))

        _summary = d.pop("summary", UNSET)
        summary: CardSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = CardSummary.from_dict(_summary)

        def _parse_alerts(data: object) -> list[CardAlert] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                alerts_type_0 = []
                _alerts_type_0 = data
                for alerts_type_0_item_data in _alerts_type_0:
                    alerts_type_0_item = CardAlert.from_dict(alerts_type_0_item_data)

                    alerts_type_0.append(alerts_type_0_item)

                return alerts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CardAlert] | None | Unset, data)

        alerts = _parse_alerts(d.pop("alerts", UNSET))

        def _parse_balance(data: object) -> CardBalance | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                balance_type_0 = CardBalance.from_dict(data)

                return balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CardBalance | None | Unset, data)

        balance = _parse_balance(d.pop("balance", UNSET))

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

        def _parse_messages(data: object) -> CardMessages | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                messages_type_0 = CardMessages.from_dict(data)

                return messages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CardMessages | None | Unset, data)

        messages = _parse_messages(d.pop("messages", UNSET))

        def _parse_files(data: object) -> CardFiles | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                files_type_0 = CardFiles.from_dict(data)

                return files_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CardFiles | None | Unset, data)

        files = _parse_files(d.pop("files", UNSET))

        def _parse_visits(data: object) -> CardVisits | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                visits_type_0 = CardVisits.from_dict(data)

                return visits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CardVisits | None | Unset, data)

        visits = _parse_visits(d.pop("visits", UNSET))

        unavailable = cast(list[str], d.pop("unavailable", UNSET))

        _restricted_sections = d.pop("restricted_sections", UNSET)
        restricted_sections: list[CardRestrictedSectionsItem] | Unset = UNSET
        if _restricted_sections is not UNSET:
            restricted_sections = []
            for restricted_sections_item_data in _restricted_sections:
                restricted_sections_item = check_card_restricted_sections_item(restricted_sections_item_data)

                restricted_sections.append(restricted_sections_item)

        card = cls(
            client=client,
            summary=summary,
            alerts=alerts,
            balance=balance,
            loyalty=loyalty,
            messages=messages,
            files=files,
            visits=visits,
            unavailable=unavailable,
            restricted_sections=restricted_sections,
        )

        card.additional_properties = d
        return card

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
