"""An import's reconciliation: what its file promised against what the ledger and loyalty hold.

Pure: the view reads the three figures (profile's totals, billing's and loyalty's) and this
module says whether they match. Postings travel by events, so right after an import completes
the services may still be catching up: `matches` turns true when they are done.
"""

from __future__ import annotations

# (figure in the import's totals, service, figure in that service's answer)
PAIRS = (
    ("balances", "ledger", "clients"),
    ("balance_positive_minor", "ledger", "positive_minor"),
    ("balance_negative_minor", "ledger", "negative_minor"),
    ("points", "loyalty", "points"),
    ("gift_cards", "loyalty", "gift_cards"),
    ("gift_card_minor", "loyalty", "gift_card_minor"),
    ("memberships", "loyalty", "memberships"),
    ("credit_packs", "loyalty", "credit_packs"),
)


def wants_reconciliation(job: dict) -> bool:
    return (
        job.get("kind", "clients") == "clients"
        and not job.get("dry_run")
        and job.get("status") == "completed"
        and bool(job.get("totals"))
    )


def reconcile(totals: dict, ledger: dict | None, loyalty: dict | None) -> dict:
    """`{ledger, loyalty, differences, matches}`; a service that did not answer is None and nothing matches."""
    answers = {"ledger": ledger, "loyalty": loyalty}
    differences = {}
    for ours, service, theirs in PAIRS:
        answer = answers[service]
        held = None if answer is None else answer.get(theirs, 0)
        if held != totals.get(ours, 0):
            differences[ours] = {"file": totals.get(ours, 0), service: held}
    return {"ledger": ledger, "loyalty": loyalty, "differences": differences, "matches": not differences}


def with_phase(progress: dict | None, reconciliation: dict) -> dict | None:
    """The progress of a completed import whose figures do not match yet: `reconciling`, the services still post."""
    if progress is None or reconciliation["matches"]:
        return progress
    return {**progress, "phase": "reconciling"}
