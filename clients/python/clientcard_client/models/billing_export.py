from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.balance import Balance
    from ..models.card_on_file import CardOnFile
    from ..models.invoice import Invoice


T = TypeVar("T", bound="BillingExport")


@_attrs_define
class BillingExport:
    """
    Attributes:
        account (Balance | None | Unset): balance with every entry
        invoices (list[Invoice] | Unset):
        cards (list[CardOnFile] | Unset): cards on file (tokens masked)
    """

    account: Balance | None | Unset = UNSET
    invoices: list[Invoice] | Unset = UNSET
    cards: list[CardOnFile] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.balance import Balance  # noqa: PLC0415

        account: dict[str, Any] | None | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        elif isinstance(self.account, Balance):
            account = self.account.to_dict()
        else:
            account = self.account

        invoices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoices, Unset):
            invoices = []
            for invoices_item_data in self.invoices:
                invoices_item = invoices_item_data.to_dict()
                invoices.append(invoices_item)

        cards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cards, Unset):
            cards = []
            for cards_item_data in self.cards:
                cards_item = cards_item_data.to_dict()
                cards.append(cards_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if invoices is not UNSET:
            field_dict["invoices"] = invoices
        if cards is not UNSET:
            field_dict["cards"] = cards

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.balance import Balance  # noqa: PLC0415
        from ..models.card_on_file import CardOnFile  # noqa: PLC0415
        from ..models.invoice import Invoice  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_account(data: object) -> Balance | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                account_type_0 = Balance.from_dict(data)

                return account_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Balance | None | Unset, data)

        account = _parse_account(d.pop("account", UNSET))

        _invoices = d.pop("invoices", UNSET)
        invoices: list[Invoice] | Unset = UNSET
        if _invoices is not UNSET:
            invoices = []
            for invoices_item_data in _invoices:
                invoices_item = Invoice.from_dict(invoices_item_data)

                invoices.append(invoices_item)

        _cards = d.pop("cards", UNSET)
        cards: list[CardOnFile] | Unset = UNSET
        if _cards is not UNSET:
            cards = []
            for cards_item_data in _cards:
                cards_item = CardOnFile.from_dict(cards_item_data)

                cards.append(cards_item)

        billing_export = cls(
            account=account,
            invoices=invoices,
            cards=cards,
        )

        billing_export.additional_properties = d
        return billing_export

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
