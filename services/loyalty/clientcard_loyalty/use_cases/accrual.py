"""Earning from billing's payments, and taking back in proportion to refunds; exactly once each."""

from __future__ import annotations

from datetime import datetime

from clientcard_loyalty.db.models import PaymentEarning
from clientcard_loyalty.db.uow import LoyaltyUnitOfWork
from clientcard_loyalty.domain import earning
from clientcard_loyalty.domain import lots as lot_rules
from clientcard_loyalty.use_cases import gift_cards, invoices, ledger


class PaymentNotYetSeen(Exception):
    """A refund arrived before the payment it refunds; parked and retried."""


def accrue_for_payment(uow: LoyaltyUnitOfWork, event: dict, *, now: datetime) -> int:
    """`payment_recorded`: earn points once, however often the broker delivers it; returns points earned.

    The payment is remembered even when it earns nothing (gift card, excluded location), so a
    later refund finds it and the tier sees the spend it counts.
    """
    with uow:
        if not uow.inbox.claim(event["event_id"], handler="accrue_for_payment"):
            return 0  # a redelivery: the first delivery committed its points
        if uow.payments.get(event["payment_id"]) is not None:
            return 0  # the same payment under another event id (billing re-published it)
        program = uow.programs.get()
        earns = earning.earns(event["method"], event["location_id"], set(program.excluded_location_ids))
        points = lot_rules.points_for_payment(event["amount_minor"], program.points_per_unit) if earns else 0
        recorded_at = event["recorded_at"] or event["occurred_at"]
        uow.payments.add(
            PaymentEarning(
                payment_id=event["payment_id"],
                client_id=event["client_id"],
                invoice_id=event["invoice_id"],
                location_id=event["location_id"],
                method=event["method"],
                amount_minor=event["amount_minor"],
                currency=event["currency"],
                points_earned=points,
                counts_for_tier=earns,
                recorded_at=recorded_at,
            )
        )
        invoices.record_payment(uow, event["invoice_id"], event["amount_minor"], now)
        if points > 0:
            card = ledger.loyalty_card_for(uow, event["client_id"], now)
            # the lot's clock starts when the payment was made, not when the event arrived
            ledger.earn(
                uow,
                card,
                points,
                now=min(recorded_at, now),
                expiry_days=program.expiry_days,
                tx_type="earn",
                payment_id=event["payment_id"],
            )
        ledger.recompute_tier(uow, event["client_id"], now, program)
        uow.commit()
        return points


def reverse_for_refund(uow: LoyaltyUnitOfWork, event: dict, *, now: datetime) -> int:
    """`refund_issued`: take back the refunded share of the payment's points; returns points taken.

    Points come from the payment's own lot first, then soonest-expiring. If the client already
    spent them, the balance goes to zero, never below, and the shortfall is noted on the
    transaction. A refund of a gift-card payment `to: original` puts the value back on the card; a refund of
    the invoice that sold gift cards takes value off them (at most what is left).
    Raises PaymentNotYetSeen for a refund that overtook its payment (HoldNotYetConfirmed for one
    that overtook billing's confirm of the gift-card hold): the handler parks it and the retry
    succeeds once that has arrived. A refund re-published under another event id counts once.
    """
    with uow:
        if not uow.inbox.claim(event["event_id"], handler="reverse_for_refund"):
            return 0
        # the same refund re-published under another event id must not be counted twice
        if not uow.inbox.claim(event["refund_id"], handler="reverse_for_refund:refund_id"):
            return 0
        payment = uow.payments.get(event["payment_id"], for_update=True)
        if payment is None:
            raise PaymentNotYetSeen(f"refund {event['refund_id']} arrived before payment {event['payment_id']}")
        if payment.method == "gift_card" and event["to"] == "original":
            gift_cards.refund_to_gift_card(
                uow, payment.payment_id, event["amount_minor"], event["refund_id"], now, hold_id=event["gift_card_hold_id"]
            )
        invoices.take_back_sold_cards(uow, event["invoice_id"], event["amount_minor"], event["refund_id"], now)
        refunded_total = min(payment.refunded_minor + event["amount_minor"], payment.amount_minor)
        due = lot_rules.points_to_reverse(payment.points_earned, payment.amount_minor, refunded_total, payment.points_reversed)
        payment.refunded_minor = refunded_total
        taken = 0
        if due:
            taken = ledger.spend(
                uow,
                payment.client_id,
                due,
                now=now,
                tx_type="refund_reversal",
                partial=True,
                payment_id=payment.payment_id,
                refund_id=event["refund_id"],
                prefer_payment=payment.payment_id,
                reason=f"refund of {event['amount_minor']} {event['currency']}",
            )
            if taken < due:
                card = ledger.loyalty_card_for(uow, payment.client_id, now)
                uow.transactions.add(
                    client_id=payment.client_id,
                    card_id=card.id,
                    type="refund_shortfall",
                    points=0,
                    reason=f"{due - taken} points were already spent and could not be taken back",
                    payment_id=payment.payment_id,
                    refund_id=event["refund_id"],
                    occurred_at=now,
                )
                ledger.announce_card(uow, card, "refund_shortfall")
            # the whole due share counts as reversed, so a later refund does not try again
            payment.points_reversed += due
        ledger.recompute_tier(uow, payment.client_id, now)
        uow.commit()
        return taken
