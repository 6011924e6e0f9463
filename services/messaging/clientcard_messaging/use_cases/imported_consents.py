"""Marketing consents brought by profile's imports: logged as preference changes, once per client and import row.

The old system's source and time of the consent go into the change's wording, so the consent
record still says where and when the client agreed.
"""

from __future__ import annotations

import uuid

from clientcard_messaging.db.uow import MessagingUnitOfWork
from clientcard_messaging.use_cases.preferences import change

HANDLER = "apply_imported_consents"


def apply_imported_consents(uow: MessagingUnitOfWork, event: dict) -> int:
    """Set marketing on or off for each row whose consent is new to its external id; returns how many."""
    rows = [row for row in event["rows"] if "consent" in (row.get("new") or []) and (row.get("parts") or {}).get("consent")]
    with uow:
        if not uow.inbox.claim(event["event_id"], handler=HANDLER):
            return 0
        for row in rows:
            consent = row["parts"]["consent"]
            wording = (
                f"{'Opted in to' if consent['marketing'] else 'Opted out of'} marketing in the previous system"
                f" ({consent.get('source') or 'source unknown'}, {consent.get('at') or 'time unknown'});"
                f" brought by import {event['import_id']}"
            )
            change(
                uow,
                uuid.UUID(row["client_id"]),
                {"types": {"marketing": bool(consent["marketing"])}},
                actor="import",
                source="import",
                wording=wording,
            )
        uow.commit()
    return len(rows)
