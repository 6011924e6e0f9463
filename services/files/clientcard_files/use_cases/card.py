"""The files section of the unified card: recent files, and the consents each service's visits lack.

The section does not depend on the client's next visit: it lists the gaps for every service a consent
form covers, and the gateway picks the next visit's from profile's section of the same card. Asking
profile from here made every cold card a nested RPC call (and a files section stale after a booking).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from clientcard_files import contracts
from clientcard_files.db.uow import FilesUnitOfWork
from clientcard_files.domain import consents as rules

RECENT = 5
CARD_KINDS = ("photo", "document", "consent_form")
MEDICAL_KINDS = ("medical", "signed_consent")  # shown only to callers with files:medical


def card_section(uow: FilesUnitOfWork, client_id: str, *, include_medical: bool, now: datetime | None = None) -> dict:
    """The client's most recent files and photos; recent medical files and signed consents apart, under
    `medical`, for callers that may see them; and `consent_gaps`: `{service: {missing: [{template_id, title}],
    expired: [{template_id, title, expired_at}]}}`, keyed by each covered service as `rules.service_key`
    spells it, only services with a gap."""
    client = uuid.UUID(str(client_id))
    with uow:
        section = {
            "recent": [contracts.card_file_view(f) for f in uow.files.page_for_client(client, RECENT, None, kinds=CARD_KINDS)]
        }
        if include_medical:
            section["medical"] = [
                contracts.card_file_view(f) for f in uow.files.page_for_client(client, RECENT, None, kinds=MEDICAL_KINDS)
            ]
        section["consent_gaps"] = _gaps_by_service(uow, client, now or datetime.now().astimezone())
        return section


def _gaps_by_service(uow: FilesUnitOfWork, client: uuid.UUID, now: datetime) -> dict:
    templates = uow.consents.latest_templates()
    services = dict.fromkeys(rules.service_key(s) for t in templates for s in t.services)
    signed = uow.consents.for_client(client) if services else []
    by_service = {}
    for service in filter(None, services):
        missing, expired = rules.gaps([service], templates, signed, now)
        if missing or expired:
            by_service[service] = contracts.consent_gaps_view(missing, expired)
    return by_service
