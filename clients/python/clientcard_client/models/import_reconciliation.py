from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_reconciliation_differences import ImportReconciliationDifferences
    from ..models.import_reconciliation_ledger_type_0 import ImportReconciliationLedgerType0
    from ..models.import_reconciliation_loyalty_type_0 import ImportReconciliationLoyaltyType0


T = TypeVar("T", bound="ImportReconciliation")


@_attrs_define
class ImportReconciliation:
    """
    Attributes:
        ledger (ImportReconciliationLedgerType0 | None | Unset): billing: clients, positive_minor, negative_minor
        loyalty (ImportReconciliationLoyaltyType0 | None | Unset): points, gift_cards, gift_card_minor, memberships,
            credit_packs
        differences (ImportReconciliationDifferences | Unset): each total that differs: the file's and the service's
        matches (bool | Unset):
    """

    ledger: ImportReconciliationLedgerType0 | None | Unset = UNSET
    loyalty: ImportReconciliationLoyaltyType0 | None | Unset = UNSET
    differences: ImportReconciliationDifferences | Unset = UNSET
    matches: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.import_reconciliation_ledger_type_0 import ImportReconciliationLedgerType0  # noqa: PLC0415
        from ..models.import_reconciliation_loyalty_type_0 import ImportReconciliationLoyaltyType0  # noqa: PLC0415

        ledger: dict[str, Any] | None | Unset
        if isinstance(self.ledger, Unset):
            ledger = UNSET
        elif isinstance(self.ledger, ImportReconciliationLedgerType0):
            ledger = self.ledger.to_dict()
        else:
            ledger = self.ledger

        loyalty: dict[str, Any] | None | Unset
        if isinstance(self.loyalty, Unset):
            loyalty = UNSET
        elif isinstance(self.loyalty, ImportReconciliationLoyaltyType0):
            loyalty = self.loyalty.to_dict()
        else:
            loyalty = self.loyalty

        differences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.differences, Unset):
            differences = self.differences.to_dict()

        matches = self.matches

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ledger is not UNSET:
            field_dict["ledger"] = ledger
        if loyalty is not UNSET:
            field_dict["loyalty"] = loyalty
        if differences is not UNSET:
            field_dict["differences"] = differences
        if matches is not UNSET:
            field_dict["matches"] = matches

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_reconciliation_differences import ImportReconciliationDifferences  # noqa: PLC0415
        from ..models.import_reconciliation_ledger_type_0 import ImportReconciliationLedgerType0  # noqa: PLC0415
        from ..models.import_reconciliation_loyalty_type_0 import ImportReconciliationLoyaltyType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_ledger(data: object) -> ImportReconciliationLedgerType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ledger_type_0 = ImportReconciliationLedgerType0.from_dict(data)

                return ledger_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImportReconciliationLedgerType0 | None | Unset, data)

        ledger = _parse_ledger(d.pop("ledger", UNSET))

        def _parse_loyalty(data: object) -> ImportReconciliationLoyaltyType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                loyalty_type_0 = ImportReconciliationLoyaltyType0.from_dict(data)

                return loyalty_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImportReconciliationLoyaltyType0 | None | Unset, data)

        loyalty = _parse_loyalty(d.pop("loyalty", UNSET))

        _differences = d.pop("differences", UNSET)
        differences: ImportReconciliationDifferences | Unset
        if isinstance(_differences, Unset):
            differences = UNSET
        else:
            differences = ImportReconciliationDifferences.from_dict(_differences)

        matches = d.pop("matches", UNSET)

        import_reconciliation = cls(
            ledger=ledger,
            loyalty=loyalty,
            differences=differences,
            matches=matches,
        )

        import_reconciliation.additional_properties = d
        return import_reconciliation

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
