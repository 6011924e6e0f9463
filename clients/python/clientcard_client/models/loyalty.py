from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.expiring_points import ExpiringPoints
    from ..models.loyalty_card import LoyaltyCard
    from ..models.loyalty_transaction import LoyaltyTransaction


T = TypeVar("T", bound="Loyalty")


@_attrs_define
class Loyalty:
    """
    Attributes:
        points (int | Unset):
        tier (None | str | Unset):
        cards (list[LoyaltyCard] | Unset):
        gift_cards (list[LoyaltyCard] | Unset):
        memberships (list[LoyaltyCard] | Unset):
        credits_ (list[LoyaltyCard] | Unset):
        expiring (list[ExpiringPoints] | Unset):
        transactions (list[LoyaltyTransaction] | Unset):
    """

    points: int | Unset = UNSET
    tier: None | str | Unset = UNSET
    cards: list[LoyaltyCard] | Unset = UNSET
    gift_cards: list[LoyaltyCard] | Unset = UNSET
    memberships: list[LoyaltyCard] | Unset = UNSET
    credits_: list[LoyaltyCard] | Unset = UNSET
    expiring: list[ExpiringPoints] | Unset = UNSET
    transactions: list[LoyaltyTransaction] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        points = self.points

        tier: None | str | Unset
        if isinstance(self.tier, Unset):
            tier = UNSET
        else:
            tier = self.tier

        cards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cards, Unset):
            cards = []
            for cards_item_data in self.cards:
                cards_item = cards_item_data.to_dict()
                cards.append(cards_item)

        gift_cards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.gift_cards, Unset):
            gift_cards = []
            for gift_cards_item_data in self.gift_cards:
                gift_cards_item = gift_cards_item_data.to_dict()
                gift_cards.append(gift_cards_item)

        memberships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.memberships, Unset):
            memberships = []
            for memberships_item_data in self.memberships:
                memberships_item = memberships_item_data.to_dict()
                memberships.append(memberships_item)

        credits_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credits_, Unset):
            credits_ = []
            for credits_item_data in self.credits_:
                credits_item = credits_item_data.to_dict()
                credits_.append(credits_item)

        expiring: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.expiring, Unset):
            expiring = []
            for expiring_item_data in self.expiring:
                expiring_item = expiring_item_data.to_dict()
                expiring.append(expiring_item)

        transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = []
            for transactions_item_data in self.transactions:
                transactions_item = transactions_item_data.to_dict()
                transactions.append(transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if points is not UNSET:
            field_dict["points"] = points
        if tier is not UNSET:
            field_dict["tier"] = tier
        if cards is not UNSET:
            field_dict["cards"] = cards
        if gift_cards is not UNSET:
            field_dict["gift_cards"] = gift_cards
        if memberships is not UNSET:
            field_dict["memberships"] = memberships
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if expiring is not UNSET:
            field_dict["expiring"] = expiring
        if transactions is not UNSET:
            field_dict["transactions"] = transactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.expiring_points import ExpiringPoints  # noqa: PLC0415
        from ..models.loyalty_card import LoyaltyCard  # noqa: PLC0415
        from ..models.loyalty_transaction import LoyaltyTransaction  # noqa: PLC0415

        d = dict(src_dict)
        points = d.pop("points", UNSET)

        def _parse_tier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tier = _parse_tier(d.pop("tier", UNSET))

        _cards = d.pop("cards", UNSET)
        cards: list[LoyaltyCard] | Unset = UNSET
        if _cards is not UNSET:
            cards = []
            for cards_item_data in _cards:
                cards_item = LoyaltyCard.from_dict(cards_item_data)

                cards.append(cards_item)

        _gift_cards = d.pop("gift_cards", UNSET)
        gift_cards: list[LoyaltyCard] | Unset = UNSET
        if _gift_cards is not UNSET:
            gift_cards = []
            for gift_cards_item_data in _gift_cards:
                gift_cards_item = LoyaltyCard.from_dict(gift_cards_item_data)

                gift_cards.append(gift_cards_item)

        _memberships = d.pop("memberships", UNSET)
        memberships: list[LoyaltyCard] | Unset = UNSET
        if _memberships is not UNSET:
            memberships = []
            for memberships_item_data in _memberships:
                memberships_item = LoyaltyCard.from_dict(memberships_item_data)

                memberships.append(memberships_item)

        _credits_ = d.pop("credits", UNSET)
        credits_: list[LoyaltyCard] | Unset = UNSET
        if _credits_ is not UNSET:
            credits_ = []
            for credits_item_data in _credits_:
                credits_item = LoyaltyCard.from_dict(credits_item_data)

                credits_.append(credits_item)

        _expiring = d.pop("expiring", UNSET)
        expiring: list[ExpiringPoints] | Unset = UNSET
        if _expiring is not UNSET:
            expiring = []
            for expiring_item_data in _expiring:
                expiring_item = ExpiringPoints.from_dict(expiring_item_data)

                expiring.append(expiring_item)

        _transactions = d.pop("transactions", UNSET)
        transactions: list[LoyaltyTransaction] | Unset = UNSET
        if _transactions is not UNSET:
            transactions = []
            for transactions_item_data in _transactions:
                transactions_item = LoyaltyTransaction.from_dict(transactions_item_data)

                transactions.append(transactions_item)

        loyalty = cls(
            points=points,
            tier=tier,
            cards=cards,
            gift_cards=gift_cards,
            memberships=memberships,
            credits_=credits_,
            expiring=expiring,
            transactions=transactions,
        )

        loyalty.additional_properties = d
        return loyalty

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
