"""The unified card: every service asked in parallel, within one time budget.

A service that is down or slow costs only its own sections; they are null and named in
`unavailable` (with the service's own name too), the rest of the card is still served.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

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
ALL_SECTIONS = tuple(section for sections in SECTIONS.values() for section in sections)
RECENT_FILES = 5


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


@dataclass(frozen=True)
class CardView:
    """What one key may see of a card: its sections, and clinical alerts and medical files inside them."""

    sections: frozenset[str]
    clinical_notes: bool
    medical_files: bool

    @property
    def signature(self) -> str:
        """Names this view: keys with the same one see the very same card."""
        return ",".join(sorted(self.sections)) + f";{int(self.clinical_notes)}{int(self.medical_files)}"

    def services(self, configured) -> list[str]:
        """Only the services whose sections the key may see are asked (profile always: the client)."""
        return [s for s in configured if s == "profile" or any(x in self.sections for x in SECTIONS.get(s, ()))]


def compose(answers: dict, failed: list[str], view: CardView) -> dict:
    """Lay the services' sections out as the card of API.md, as `view` may see it.

    A section the key's scopes do not cover is null and named in `restricted_sections`, never in
    `unavailable`; the summary's figures of such a section are null too.
    """
    profile = answers.get("profile") or {}
    billing = answers.get("billing") or {}
    loyalty = answers.get("loyalty") or {}
    profile_summary = profile.get("summary") or {}
    billing_summary = billing.get("summary") or {}
    restricted = [section for section in ALL_SECTIONS if section not in view.sections]
    unavailable = [section for service in failed for section in SECTIONS.get(service, ()) if section in view.sections]
    unavailable += [service for service in failed if service not in unavailable]
    shown = view.sections.__contains__
    next_visit, visit_known = profile_summary.get("next_visit"), "profile" in answers
    files = _files(answers.get("files"), next_visit, visit_known, view) if shown("files") else None
    return {
        "client": profile.get("client"),
        "summary": {
            "visits_count": profile_summary.get("visits_count"),
            "total_spent": billing_summary.get("total_spent") if shown("balance") else None,
            "total_paid": billing_summary.get("total_paid") if shown("balance") else None,
            "balance": (billing.get("balance") or {}).get("balance") if shown("balance") else None,
            "loyalty_points": loyalty.get("points") if shown("loyalty") else None,
            "tier": loyalty.get("tier") if shown("loyalty") else None,
            "last_visit": profile_summary.get("last_visit"),
            "next_visit": profile_summary.get("next_visit"),
            "no_shows": profile_summary.get("no_shows"),
            "cancellations": profile_summary.get("cancellations"),
            **_consent_figures(files),
        },
        "alerts": _alerts(profile.get("alerts"), view),
        "balance": billing.get("balance") if shown("balance") else None,
        "loyalty": answers.get("loyalty") if shown("loyalty") else None,
        "messages": answers.get("messaging") if shown("messages") else None,
        "files": files,
        "visits": profile.get("visits"),
        "unavailable": unavailable,
        "restricted_sections": restricted,
    }


def _consent_figures(files: dict | None) -> dict:
    """What the front desk must collect before the next visit: the titles of missing and expired consents."""
    consents = (files or {}).get("consents")
    if not consents:
        return {"consents_missing": None, "consents_expired": None}
    return {
        "consents_missing": [item["title"] for item in consents.get("missing") or ()],
        "consents_expired": [item["title"] for item in consents.get("expired") or ()],
    }


def _alerts(alerts: list | None, view: CardView) -> list | None:
    if alerts is None:
        return None
    return [alert for alert in alerts if view.clinical_notes or alert.get("kind") != "clinical"]


def _files(section: dict | None, next_visit: dict | None, visit_known: bool, view: CardView) -> dict | None:
    """Medical files come apart from the service; merged in, newest first, only for keys that may see them.
    The consents are those the next visit (from profile's section) lacks, of the gaps files lists by service."""
    if section is None:
        return None
    recent = list(section.get("recent") or [])
    if view.medical_files:
        recent = sorted(recent + list(section.get("medical") or []), key=lambda f: f["created_at"], reverse=True)
        recent = recent[:RECENT_FILES]
    laid_out = {key: value for key, value in section.items() if key not in ("medical", "consent_gaps")}
    if "consent_gaps" in section:  # else a section cached before files listed gaps by service: as it was
        laid_out["consents"] = _next_visit_consents(section["consent_gaps"], next_visit, visit_known)
    return laid_out | {"recent": recent}


def _next_visit_consents(gaps_by_service: dict, next_visit: dict | None, visit_known: bool) -> dict:
    service = (next_visit or {}).get("service")
    # keyed as files' consent rules compare services: without case or surrounding spaces
    gaps = (gaps_by_service.get(service.strip().casefold()) if service else None) or {}
    return {
        "next_visit": {key: next_visit.get(key) for key in ("id", "starts_at", "service")} if next_visit else None,
        "missing": [gap | {"service": service} for gap in gaps.get("missing") or ()],
        "expired": [gap | {"service": service} for gap in gaps.get("expired") or ()],
        **({} if visit_known else {"unavailable": True}),
    }


def assemble(lease: Lease, client_id: str, services, budget_s: float, breakers: Breakers, view: CardView) -> dict:
    answers, failed = fetch_sections(lease, client_id, view.services(services), budget_s, breakers)
    return compose(answers, failed, view)
