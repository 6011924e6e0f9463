"""From validated client rows to the import's plan: what each row creates, updates and posts.

Money, points and cards are checked by their owning services first; a row whose `external_id`
was imported before with other values for a part is a conflict (reported, nothing of the row
applied); parts posted before with the same values are not posted again. The plan's totals are
what an accountant checks: clients, positive and negative opening balances, points, gift cards.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from clientcard_profile.db.models import ClientImport, ImportIdentity
from clientcard_profile.domain.import_extras import OWNERS, new_parts, part_conflicts
from clientcard_profile.use_cases.import_checks import ServiceChecks, check_parts
from clientcard_profile.use_cases.import_posting import jsonable

COLUMN_OF = {
    "balance": "opening_balance",
    "points": "points",
    "gift_card": "gift_card_code",
    "membership": "membership_name",
    "credits": "credits_name",
    "note": "notes",
    "alert": "alert",
    "consent": "marketing_opt_in",
}


class ImportPlanner:
    def __init__(
        self, job: ClientImport, known: dict[str, ImportIdentity], checks: ServiceChecks | None, problem: Callable[..., None]
    ):
        self.job, self.known, self.checks, self.problem = job, known, checks, problem

    def plan(self, valid: list[tuple[int, dict]], extras: dict, given: dict[int, set[str]]) -> list[dict]:
        """The plan entries `{row, action, client_id, data, external_id, parts, new}` of the rows that stay valid."""
        rows = self._local_checks(valid, extras)
        checked = check_parts(self.checks, [(row, extras[row][0], extras[row][1]) for row, _ in rows])
        plan = []
        for row, data in rows:
            external_id = extras[row][0]
            parts, errors = checked[row]
            if errors:
                for column, messages in sorted(errors.items()):
                    for message in messages:
                        self.problem(row, column, str(message))
                continue
            identity = self.known.get(external_id) if external_id else None
            posted = identity.parts if identity is not None else {}
            conflicts = part_conflicts(posted, parts)
            if conflicts:
                for name in conflicts:
                    self.problem(
                        row,
                        COLUMN_OF[name],
                        f"external_id {external_id} was imported with another "
                        f"{name.replace('_', ' ')}; nothing of this row was applied",
                        kind="conflict",
                    )
                continue
            if identity is not None:
                action, client_id = "update", str(identity.client_id)
                data = {field: value for field, value in data.items() if field in given[row]}
            else:
                action, client_id = "create", str(uuid.uuid4())
            plan.append(
                {
                    "row": row,
                    "action": action,
                    "client_id": client_id,
                    "data": jsonable(data),
                    "external_id": external_id,
                    "parts": parts,
                    "new": new_parts(posted, parts),
                }
            )
        return plan

    def _local_checks(self, valid: list[tuple[int, dict]], extras: dict) -> list[tuple[int, dict]]:
        """Rows that post anything need an external_id (the key of exactly-once); a gift card code once per file."""
        kept, codes = [], {}
        for row, data in valid:
            external_id, parts = extras[row]
            elsewhere = sorted(COLUMN_OF[name] for name in parts if OWNERS[name] != "profile")
            if elsewhere and not external_id:
                self.problem(row, "external_id", f"required with {', '.join(elsewhere)} (it makes a rerun post nothing twice)")
                continue
            code = (parts.get("gift_card") or {}).get("code")
            if code and code in codes:
                self.problem(row, "gift_card_code", f"same gift card code as row {codes[code]}")
                continue
            if code:
                codes[code] = row
            kept.append((row, data))
        return kept


def plan_totals(plan: list[dict], *, updated: int, conflicts: int) -> dict:
    """The figures a dry run promises and the real run's reconciliation checks against the ledger and loyalty."""
    balances = [entry["parts"]["balance"]["amount_minor"] for entry in plan if "balance" in entry["parts"]]
    gift_cards = [entry["parts"]["gift_card"] for entry in plan if "gift_card" in entry["parts"]]
    currency = next(
        (part["currency"] for entry in plan for name, part in entry["parts"].items() if name in ("balance", "gift_card")), None
    )
    return {
        "clients": len(plan),
        "created": len(plan) - updated,
        "updated": updated,
        "conflicts": conflicts,
        "currency": currency,
        "balances": len(balances),
        "balance_positive_minor": sum(amount for amount in balances if amount > 0),
        "balance_negative_minor": sum(amount for amount in balances if amount < 0),
        "points": sum(entry["parts"]["points"]["points"] for entry in plan if "points" in entry["parts"]),
        "gift_cards": len(gift_cards),
        "gift_card_minor": sum(card["balance_minor"] for card in gift_cards),
        "memberships": sum(1 for entry in plan if "membership" in entry["parts"]),
        "credit_packs": sum(1 for entry in plan if "credits" in entry["parts"]),
    }


def describe(entry: dict) -> str:
    """What a dry run says one row would do."""
    verb = "creates the client" if entry["action"] == "create" else "updates the client"
    new = [name.replace("_", " ") for name in entry["new"]]
    return f"{verb}; " + (f"posts {', '.join(new)}" if new else "nothing new to post")
