from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.favourite import Favourite
    from ..models.money import Money
    from ..models.month import Month


T = TypeVar("T", bound="Statistics")


@_attrs_define
class Statistics:
    """
    Attributes:
        client_id (str | Unset):
        from_ (datetime.date | None | Unset):
        to (datetime.date | None | Unset):
        total_sales (Money | Unset):
        total_paid (Money | Unset):
        total_refunded (Money | Unset):
        outstanding (Money | Unset):
        invoices_count (int | Unset):
        visits_paid (int | Unset):
        average_ticket (Money | Unset):
        revenue_per_month (list[Month] | Unset):
        favourite_services (list[Favourite] | Unset):
        favourite_staff (list[Favourite] | Unset):
    """

    client_id: str | Unset = UNSET
    from_: datetime.date | None | Unset = UNSET
    to: datetime.date | None | Unset = UNSET
    total_sales: Money | Unset = UNSET
    total_paid: Money | Unset = UNSET
    total_refunded: Money | Unset = UNSET
    outstanding: Money | Unset = UNSET
    invoices_count: int | Unset = UNSET
    visits_paid: int | Unset = UNSET
    average_ticket: Money | Unset = UNSET
    revenue_per_month: list[Month] | Unset = UNSET
    favourite_services: list[Favourite] | Unset = UNSET
    favourite_staff: list[Favourite] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, datetime.date):
            from_ = self.from_.isoformat()
        else:
            from_ = self.from_

        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, datetime.date):
            to = self.to.isoformat()
        else:
            to = self.to

        total_sales: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_sales, Unset):
            total_sales = self.total_sales.to_dict()

        total_paid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_paid, Unset):
            total_paid = self.total_paid.to_dict()

        total_refunded: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_refunded, Unset):
            total_refunded = self.total_refunded.to_dict()

        outstanding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outstanding, Unset):
            outstanding = self.outstanding.to_dict()

        invoices_count = self.invoices_count

        visits_paid = self.visits_paid

        average_ticket: dict[str, Any] | Unset = UNSET
        if not isinstance(self.average_ticket, Unset):
            average_ticket = self.average_ticket.to_dict()

        revenue_per_month: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.revenue_per_month, Unset):
            revenue_per_month = []
            for revenue_per_month_item_data in self.revenue_per_month:
                revenue_per_month_item = revenue_per_month_item_data.to_dict()
                revenue_per_month.append(revenue_per_month_item)

        favourite_services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.favourite_services, Unset):
            favourite_services = []
            for favourite_services_item_data in self.favourite_services:
                favourite_services_item = favourite_services_item_data.to_dict()
                favourite_services.append(favourite_services_item)

        favourite_staff: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.favourite_staff, Unset):
            favourite_staff = []
            for favourite_staff_item_data in self.favourite_staff:
                favourite_staff_item = favourite_staff_item_data.to_dict()
                favourite_staff.append(favourite_staff_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if total_sales is not UNSET:
            field_dict["total_sales"] = total_sales
        if total_paid is not UNSET:
            field_dict["total_paid"] = total_paid
        if total_refunded is not UNSET:
            field_dict["total_refunded"] = total_refunded
        if outstanding is not UNSET:
            field_dict["outstanding"] = outstanding
        if invoices_count is not UNSET:
            field_dict["invoices_count"] = invoices_count
        if visits_paid is not UNSET:
            field_dict["visits_paid"] = visits_paid
        if average_ticket is not UNSET:
            field_dict["average_ticket"] = average_ticket
        if revenue_per_month is not UNSET:
            field_dict["revenue_per_month"] = revenue_per_month
        if favourite_services is not UNSET:
            field_dict["favourite_services"] = favourite_services
        if favourite_staff is not UNSET:
            field_dict["favourite_staff"] = favourite_staff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.favourite import Favourite  # noqa: PLC0415
        from ..models.money import Money  # noqa: PLC0415
        from ..models.month import Month  # noqa: PLC0415

        d = dict(src_dict)
        client_id = d.pop("client_id", UNSET)

        def _parse_from_(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_type_0 = datetime.date.fromisoformat(data)

                return from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        from_ = _parse_from_(d.pop("from", UNSET))

        def _parse_to(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_type_0 = datetime.date.fromisoformat(data)

                return to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        to = _parse_to(d.pop("to", UNSET))

        _total_sales = d.pop("total_sales", UNSET)
        total_sales: Money | Unset
        if isinstance(_total_sales, Unset):
            total_sales = UNSET
        else:
            total_sales = Money.from_dict(_total_sales)

        _total_paid = d.pop("total_paid", UNSET)
        total_paid: Money | Unset
        if isinstance(_total_paid, Unset):
            total_paid = UNSET
        else:
            total_paid = Money.from_dict(_total_paid)

        _total_refunded = d.pop("total_refunded", UNSET)
        total_refunded: Money | Unset
        if isinstance(_total_refunded, Unset):
            total_refunded = UNSET
        else:
            total_refunded = Money.from_dict(_total_refunded)

        _outstanding = d.pop("outstanding", UNSET)
        outstanding: Money | Unset
        if isinstance(_outstanding, Unset):
            outstanding = UNSET
        else:
            outstanding = Money.from_dict(_outstanding)

        invoices_count = d.pop("invoices_count", UNSET)

        visits_paid = d.pop("visits_paid", UNSET)

        _average_ticket = d.pop("average_ticket", UNSET)
        average_ticket: Money | Unset
        if isinstance(_average_ticket, Unset):
            average_ticket = UNSET
        else:
            average_ticket = Money.from_dict(_average_ticket)

        _revenue_per_month = d.pop("revenue_per_month", UNSET)
        revenue_per_month: list[Month] | Unset = UNSET
        if _revenue_per_month is not UNSET:
            revenue_per_month = []
            for revenue_per_month_item_data in _revenue_per_month:
                revenue_per_month_item = Month.from_dict(revenue_per_month_item_data)

                revenue_per_month.append(revenue_per_month_item)

        _favourite_services = d.pop("favourite_services", UNSET)
        favourite_services: list[Favourite] | Unset = UNSET
        if _favourite_services is not UNSET:
            favourite_services = []
            for favourite_services_item_data in _favourite_services:
                favourite_services_item = Favourite.from_dict(favourite_services_item_data)

                favourite_services.append(favourite_services_item)

        _favourite_staff = d.pop("favourite_staff", UNSET)
        favourite_staff: list[Favourite] | Unset = UNSET
        if _favourite_staff is not UNSET:
            favourite_staff = []
            for favourite_staff_item_data in _favourite_staff:
                favourite_staff_item = Favourite.from_dict(favourite_staff_item_data)

                favourite_staff.append(favourite_staff_item)

        statistics = cls(
            client_id=client_id,
            from_=from_,
            to=to,
            total_sales=total_sales,
            total_paid=total_paid,
            total_refunded=total_refunded,
            outstanding=outstanding,
            invoices_count=invoices_count,
            visits_paid=visits_paid,
            average_ticket=average_ticket,
            revenue_per_month=revenue_per_month,
            favourite_services=favourite_services,
            favourite_staff=favourite_staff,
        )

        statistics.additional_properties = d
        return statistics

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
