from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.visit import Visit


T = TypeVar("T", bound="CardSummary")


@_attrs_define
class CardSummary:
    """
    Attributes:
        visits_count (int | None | Unset): attended visits
        total_spent (Money | None | Unset): invoiced, net of refunds
        total_paid (Money | None | Unset):
        balance (Money | None | Unset): positive prepaid, negative owed
        loyalty_points (int | None | Unset):
        tier (None | str | Unset):
        last_visit (None | Unset | Visit): the last attended visit
        next_visit (None | Unset | Visit):
        no_shows (int | None | Unset):
        cancellations (int | None | Unset):
        consents_missing (list[str] | None | Unset): titles of consent forms the next visit's services need and the
            client has not signed
        consents_expired (list[str] | None | Unset): titles of consent forms the next visit's services need whose
            signature has expired
    """

    visits_count: int | None | Unset = UNSET
    total_spent: Money | None | Unset = UNSET
    total_paid: Money | None | Unset = UNSET
    balance: Money | None | Unset = UNSET
    loyalty_points: int | None | Unset = UNSET
    tier: None | str | Unset = UNSET
    last_visit: None | Unset | Visit = UNSET
    next_visit: None | Unset | Visit = UNSET
    no_shows: int | None | Unset = UNSET
    cancellations: int | None | Unset = UNSET
    consents_missing: list[str] | None | Unset = UNSET
    consents_expired: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.money import Money  # noqa: PLC0415
        from ..models.visit import Visit  # noqa: PLC0415

        visits_count: int | None | Unset
        if isinstance(self.visits_count, Unset):
            visits_count = UNSET
        else:
            visits_count = self.visits_count

        total_spent: dict[str, Any] | None | Unset
        if isinstance(self.total_spent, Unset):
            total_spent = UNSET
        elif isinstance(self.total_spent, Money):
            total_spent = self.total_spent.to_dict()
        else:
            total_spent = self.total_spent

        total_paid: dict[str, Any] | None | Unset
        if isinstance(self.total_paid, Unset):
            total_paid = UNSET
        elif isinstance(self.total_paid, Money):
            total_paid = self.total_paid.to_dict()
        else:
            total_paid = self.total_paid

        balance: dict[str, Any] | None | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        elif isinstance(self.balance, Money):
            balance = self.balance.to_dict()
        else:
            balance = self.balance

        loyalty_points: int | None | Unset
        if isinstance(self.loyalty_points, Unset):
            loyalty_points = UNSET
        else:
            loyalty_points = self.loyalty_points

        tier: None | str | Unset
        if isinstance(self.tier, Unset):
            tier = UNSET
        else:
            tier = self.tier

        last_visit: dict[str, Any] | None | Unset
        if isinstance(self.last_visit, Unset):
            last_visit = UNSET
        elif isinstance(self.last_visit, Visit):
            last_visit = self.last_visit.to_dict()
        else:
            last_visit = self.last_visit

        next_visit: dict[str, Any] | None | Unset
        if isinstance(self.next_visit, Unset):
            next_visit = UNSET
        elif isinstance(self.next_visit, Visit):
            next_visit = self.next_visit.to_dict()
        else:
            next_visit = self.next_visit

        no_shows: int | None | Unset
        if isinstance(self.no_shows, Unset):
            no_shows = UNSET
        else:
            no_shows = self.no_shows

        cancellations: int | None | Unset
        if isinstance(self.cancellations, Unset):
            cancellations = UNSET
        else:
            cancellations = self.cancellations

        consents_missing: list[str] | None | Unset
        if isinstance(self.consents_missing, Unset):
            consents_missing = UNSET
        elif isinstance(self.consents_missing, list):
            consents_missing = self.consents_missing

        else:
            consents_missing = self.consents_missing

        consents_expired: list[str] | None | Unset
        if isinstance(self.consents_expired, Unset):
            consents_expired = UNSET
        elif isinstance(self.consents_expired, list):
            consents_expired = self.consents_expired

        else:
            consents_expired = self.consents_expired

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if visits_count is not UNSET:
            field_dict["visits_count"] = visits_count
        if total_spent is not UNSET:
            field_dict["total_spent"] = total_spent
        if total_paid is not UNSET:
            field_dict["total_paid"] = total_paid
        if balance is not UNSET:
            field_dict["balance"] = balance
        if loyalty_points is not UNSET:
            field_dict["loyalty_points"] = loyalty_points
        if tier is not UNSET:
            field_dict["tier"] = tier
        if last_visit is not UNSET:
            field_dict["last_visit"] = last_visit
        if next_visit is not UNSET:
            field_dict["next_visit"] = next_visit
        if no_shows is not UNSET:
            field_dict["no_shows"] = no_shows
        if cancellations is not UNSET:
            field_dict["cancellations"] = cancellations
        if consents_missing is not UNSET:
            field_dict["consents_missing"] = consents_missing
        if consents_expired is not UNSET:
            field_dict["consents_expired"] = consents_expired

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415
        from ..models.visit import Visit  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_visits_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        visits_count = _parse_visits_count(d.pop("visits_count", UNSET))

        def _parse_total_spent(data: object) -> Money | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                total_spent_type_0 = Money.from_dict(data)

                return total_spent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Money | None | Unset, data)

        total_spent = _parse_total_spent(d.pop("total_spent", UNSET))

        def _parse_total_paid(data: object) -> Money | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                total_paid_type_0 = Money.from_dict(data)

                return total_paid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Money | None | Unset, data)

        total_paid = _parse_total_paid(d.pop("total_paid", UNSET))

        def _parse_balance(data: object) -> Money | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                balance_type_0 = Money.from_dict(data)

                return balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Money | None | Unset, data)

        balance = _parse_balance(d.pop("balance", UNSET))

        def _parse_loyalty_points(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        loyalty_points = _parse_loyalty_points(d.pop("loyalty_points", UNSET))

        def _parse_tier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tier = _parse_tier(d.pop("tier", UNSET))

        def _parse_last_visit(data: object) -> None | Unset | Visit:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_visit_type_0 = Visit.from_dict(data)

                return last_visit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Visit, data)

        last_visit = _parse_last_visit(d.pop("last_visit", UNSET))

        def _parse_next_visit(data: object) -> None | Unset | Visit:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                next_visit_type_0 = Visit.from_dict(data)

                return next_visit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Visit, data)

        next_visit = _parse_next_visit(d.pop("next_visit", UNSET))

        def _parse_no_shows(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        no_shows = _parse_no_shows(d.pop("no_shows", UNSET))

        def _parse_cancellations(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cancellations = _parse_cancellations(d.pop("cancellations", UNSET))

        def _parse_consents_missing(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                consents_missing_type_0 = cast(list[str], data)

                return consents_missing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        consents_missing = _parse_consents_missing(d.pop("consents_missing", UNSET))

        def _parse_consents_expired(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                consents_expired_type_0 = cast(list[str], data)

                return consents_expired_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        consents_expired = _parse_consents_expired(d.pop("consents_expired", UNSET))

        card_summary = cls(
            visits_count=visits_count,
            total_spent=total_spent,
            total_paid=total_paid,
            balance=balance,
            loyalty_points=loyalty_points,
            tier=tier,
            last_visit=last_visit,
            next_visit=next_visit,
            no_shows=no_shows,
            cancellations=cancellations,
            consents_missing=consents_missing,
            consents_expired=consents_expired,
        )

        card_summary.additional_properties = d
        return card_summary

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
