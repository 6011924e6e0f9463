"""The loyalty program's settings: earning rate, expiry, tiers, participating locations."""

from __future__ import annotations

from datetime import datetime

from clientcard_loyalty import contracts
from clientcard_loyalty.db.uow import LoyaltyUnitOfWork
from clientcard_loyalty.exceptions import ProgramInvalid, ProgramVersionMismatch


def get_program(uow: LoyaltyUnitOfWork, *, currency: str) -> dict:
    with uow:
        return contracts.program_view(uow.programs.get(), currency)


def update_program(
    uow: LoyaltyUnitOfWork, changes: dict, *, currency: str, now: datetime, expected_version: int | None = None
) -> dict:
    """Change the settings given (the others keep their value); applies to points earned from now on.

    New tiers or a new window apply to every client at the next run of the hourly roll (a full pass).

    Raises ProgramInvalid (422: bad field, tiers in another currency or with the same name or
    threshold, unknown location), ProgramVersionMismatch (412: `expected_version` is stale).
    """
    with uow:
        program = uow.programs.get(for_update=True)
        if expected_version is not None and expected_version != program.version:
            raise ProgramVersionMismatch(f"The program is at version {program.version}, not {expected_version}")
        tiering = (program.tiers, program.tier_window_days)
        if "tiers" in changes:
            program.tiers = _tiers(changes["tiers"], currency)
        if "excluded_location_ids" in changes:
            unknown = uow.locations.unknown(changes["excluded_location_ids"])
            if unknown:
                raise ProgramInvalid(
                    "Unknown locations", errors={"excluded_location_ids": [f"unknown location {x}" for x in unknown]}
                )
            program.excluded_location_ids = sorted({str(x) for x in changes["excluded_location_ids"]})
        for name in ("points_per_unit", "expiry_days", "tier_window_days"):
            if name in changes:
                setattr(program, name, changes[name])
        if (program.tiers, program.tier_window_days) != tiering:
            uow.tiers.forget_roll()  # the next hourly roll recomputes every client's tier by the new rules
        program.version += 1
        program.updated_at = now
        uow.commit()
        return contracts.program_view(program, currency)


def _tiers(tiers: list[dict], currency: str) -> list[dict]:
    errors = []
    for tier in tiers:
        if tier["min_spend"]["currency"] != currency:
            errors.append(f"tier {tier['name']}: the program's currency is {currency}")
        if tier["min_spend"]["amount"] < 0:
            errors.append(f"tier {tier['name']}: the threshold must not be negative")
    names = [t["name"] for t in tiers]
    thresholds = [t["min_spend"]["amount"] for t in tiers]
    if len(set(names)) != len(names) or len(set(thresholds)) != len(thresholds):
        errors.append("tier names and thresholds must be unique")
    if errors:
        raise ProgramInvalid("Invalid tiers", errors={"tiers": errors})
    return sorted(
        ({"name": t["name"], "min_spend_minor": t["min_spend"]["amount"]} for t in tiers), key=lambda t: t["min_spend_minor"]
    )
