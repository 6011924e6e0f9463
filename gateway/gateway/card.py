"""The unified card: every service asked in parallel, within one time budget.

A service that is down or slow costs only its own sections; they are null and named in
`unavailable` (with the service's own name too), the rest of the card is still served.
"""
from __future__ import annotations

import logging
import time

from nameko.exceptions import RemoteError

from gateway.breaker import Breakers
from gateway.rpc import Lease

log = logging.getLogger(__name__)

# which card sections each service answers
SECTIONS = {
    "profile": ("client", "alerts", "visits"),
    "billing": ("balance",),
    "loyalty": ("loyalty",),
    "messaging": ("messages",),
    "files": ("files",),
}


def fetch_sections(lease: Lease, client_id: str, services, budget_s: float, breakers: Breakers) -> tuple[dict, list[str]]:
    """Ask every service for its section; returns (answers by service, services that failed).

    A RemoteError from profile (the client does not exist) is raised; from any other service it
    only marks that service unavailable. A service whose breaker is open is not asked.
    """
    deadline = time.monotonic() + budget_s
    replies, failed = {}, []
    for service in services:
        if not breakers.allows(service):
            failed.append(service)
            continue
        try:
            replies[service] = lease.call_async(service, "get_card_section", client_id)
        except Exception:  # noqa: BLE001 - the service is unknown to the broker or the broker is down
            log.warning("card: %s could not be asked", service, exc_info=True)
            breakers.failed(service)
            failed.append(service)
    answers = {}
    for service, reply in replies.items():
        try:
            answers[service] = lease.result(reply, wait_s=deadline - time.monotonic())
            breakers.succeeded(service)
        except RemoteError:
            if service == "profile":
                raise
            log.warning("card: %s answered with an error", service, exc_info=True)
            failed.append(service)
        except Exception:  # noqa: BLE001 - timeouts and connection errors alike
            log.warning("card: %s did not answer within the budget", service)
            breakers.failed(service)
            failed.append(service)
    return answers, failed


def compose(answers: dict, failed: list[str]) -> dict:
    """Lay the services' sections out as the card of API.md."""
    profile = answers.get("profile") or {}
    billing = answers.get("billing") or {}
    loyalty = answers.get("loyalty") or {}
    profile_summary = profile.get("summary") or {}
    billing_summary = billing.get("summary") or {}
    unavailable = [section for service in failed for section in SECTIONS.get(service, ())]
    unavailable += [service for service in failed if service not in unavailable]
    return {
        "client": profile.get("client"),
        "summary": {
            "visits_count": profile_summary.get("visits_count"),
            "total_spent": billing_summary.get("total_spent"),
            "total_paid": billing_summary.get("total_paid"),
            "balance": (billing.get("balance") or {}).get("balance"),
            "loyalty_points": loyalty.get("points"),
            "tier": loyalty.get("tier"),
            "last_visit": profile_summary.get("last_visit"),
            "next_visit": profile_summary.get("next_visit"),
            "no_shows": profile_summary.get("no_shows"),
            "cancellations": profile_summary.get("cancellations"),
        },
        "alerts": profile.get("alerts"),
        "balance": billing.get("balance"),
        "loyalty": answers.get("loyalty"),
        "messages": answers.get("messaging"),
        "files": answers.get("files"),
        "visits": profile.get("visits"),
        "unavailable": unavailable,
    }


def assemble(lease: Lease, client_id: str, services, budget_s: float, breakers: Breakers) -> dict:
    answers, failed = fetch_sections(lease, client_id, services, budget_s, breakers)
    return compose(answers, failed)
