"""Pure judgements over what the databases and the API hold after recovery: which acknowledged
writes are missing, which writes were applied twice, and which suite-wide invariants fail."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from chaos.journey import ACKED, BONUS_POINTS, FINAL_BALANCE, PENDING, REJECTED, WRITES, Journey

MINOR_PER_UNIT = 100
FINAL_MESSAGE_STATUSES = frozenset({"sent", "delivered", "failed", "suppressed", "read", "bounced", "undelivered"})
EARNING_METHODS = frozenset({"cash", "card"})  # a payment from the balance or a gift card spends value already counted


@dataclass
class StepVerdicts:
    lost: list[str] = field(default_factory=list)  # "<journey>/<step>"
    duplicated: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)


def judge_step(state: str, found: int) -> str | None:
    """'lost' when an acknowledged write is not there, 'duplicated' when a write is there twice."""
    if found > 1:
        return "duplicated"
    if state == ACKED and found == 0:
        return "lost"
    return None


def judge_journeys(journeys: Iterable[Journey], found: Mapping[tuple[int, str], int]) -> dict[str, StepVerdicts]:
    """Verdicts per scenario (the one running when each write was first sent)."""
    verdicts: dict[str, StepVerdicts] = {}
    for journey in journeys:
        for step in journey.steps:
            if step.name not in WRITES or step.state == PENDING:
                continue
            scenario = verdicts.setdefault(step.scenario or journey.scenario, StepVerdicts())
            where = f"{journey.number}/{step.name}"
            if step.state == REJECTED:
                scenario.rejected.append(f"{where}: {step.detail}")
            verdict = judge_step(step.state, found.get((journey.number, step.name), 0))
            if verdict == "lost":
                scenario.lost.append(where)
            elif verdict == "duplicated":
                scenario.duplicated.append(where)
    return verdicts


@dataclass(frozen=True)
class Payment:
    payment_id: str
    client_id: str
    method: str
    amount_minor: int
    refunded_minor: int


@dataclass(frozen=True)
class Earning:
    payment_id: str
    amount_minor: int
    refunded_minor: int
    points_earned: int
    points_reversed: int


def points_problems(payments: Iterable[Payment], earnings: Mapping[str, Earning], points_per_unit: int = 1) -> list[str]:
    """Every payment billing recorded is known to loyalty once, for its amount and refunds, and a
    cash or card payment earned its whole units of currency in points."""
    problems = []
    for payment in payments:
        earning = earnings.get(payment.payment_id)
        if earning is None:
            problems.append(f"payment {payment.payment_id}: no points record in loyalty")
            continue
        if (earning.amount_minor, earning.refunded_minor) != (payment.amount_minor, payment.refunded_minor):
            problems.append(
                f"payment {payment.payment_id}: loyalty has {earning.amount_minor}/{earning.refunded_minor} "
                f"paid/refunded, billing {payment.amount_minor}/{payment.refunded_minor}"
            )
        expected = payment.amount_minor // MINOR_PER_UNIT * points_per_unit if payment.method in EARNING_METHODS else None
        if expected is not None and earning.points_earned != expected:
            problems.append(f"payment {payment.payment_id}: earned {earning.points_earned} points, expected {expected}")
    return problems


def expected_points(earnings: Iterable[Earning], adjustments: int) -> int:
    return sum(e.points_earned - e.points_reversed for e in earnings) + adjustments


def balance_problem(journey: Journey, balance_minor: int | None) -> str | None:
    """A journey whose money steps were all acknowledged leaves exactly FINAL_BALANCE of credit on the account."""
    if not all(journey.step(s).state == ACKED for s in ("top_up", "balance_payment", "refund")):
        return None
    if balance_minor != FINAL_BALANCE:
        return f"journey {journey.number}: credit {balance_minor}, expected {FINAL_BALANCE}"
    return None


def points_problem(journey: Journey, api_points: int | None, earnings: Iterable[Earning]) -> str | None:
    adjustments = BONUS_POINTS if journey.step("points").state == ACKED else 0
    expected = expected_points(earnings, adjustments)
    if api_points != expected:
        return f"journey {journey.number}: GET /loyalty shows {api_points} points, payments and adjustments make {expected}"
    return None


def unfinished_messages(statuses: Mapping[str, int]) -> int:
    return sum(count for status, count in statuses.items() if status not in FINAL_MESSAGE_STATUSES)
