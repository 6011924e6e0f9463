"""Campaigns: a newsletter to a segment on one channel, to those who opted in to marketing there.

The segment is resolved by profile (and loyalty for a tier) when the campaign is made; every
recipient gets a message row at once (queued or suppressed) and the channel workers send the
queued ones in batches from their due-timer, so a big campaign never floods the broker.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from datetime import datetime

import sqlalchemy as sa

from clientcard_kit.ids import parse_id_or_none
from clientcard_messaging import contracts
from clientcard_messaging.db.models import Campaign
from clientcard_messaging.db.uow import MessagingUnitOfWork
from clientcard_messaging.domain import preferences as rules
from clientcard_messaging.exceptions import CampaignInvalid, CampaignNotFound

ADDRESS = {"sms": "phone", "email": "email", "push": "id"}
INSERT_CHUNK = 2000
INSERT_MESSAGES = sa.text("""
    INSERT INTO messages (id, client_id, status, address, error, channel, notification_type, subject, body,
                          campaign_id, next_attempt_at, attempts, direction)
    SELECT id, client_id, status, address, error, :channel, 'marketing', :subject, :body, :campaign_id,
           CASE WHEN status = 'queued' THEN CAST(:now AS timestamptz) END, 0, 'outbound'
    FROM unnest(CAST(:id AS uuid[]), CAST(:client_id AS uuid[]), CAST(:status AS text[]), CAST(:address AS text[]),
                CAST(:error AS text[])) AS m(id, client_id, status, address, error)
""")


def _segment_json(segment: dict) -> dict:
    return {key: (str(value) if isinstance(value, uuid.UUID | datetime) else value) for key, value in segment.items()}


def create_campaign(
    uow: MessagingUnitOfWork,
    new_campaign: dict,
    *,
    recipients: Callable[[dict], Iterable[dict]],
    tier_members: Callable[[str], set[str]],
    now: datetime,
    actor: str | None = None,
) -> dict:
    """Resolve the segment and queue one message per recipient who may get marketing on the channel.

    `recipients(segment)` yields profile's `{id, email, phone, restricted}` of the segment's active
    clients; `tier_members(tier)` is loyalty's set of client ids in a tier. Raises CampaignInvalid
    (422) for a bad channel, a segment without criteria, or one nobody is in.
    """
    segment = _segment_json({k: v for k, v in new_campaign["segment"].items() if v not in (None, [], "")})
    if not segment:
        raise CampaignInvalid(
            "A campaign needs a segment",
            errors={"segment": ["Name tags, categories, a location, a last-visit period or a tier."]},
        )
    people = list(recipients(segment))
    if segment.get("tier"):
        members = tier_members(segment["tier"])
        people = [person for person in people if person["id"] in members]
    if not people:
        raise CampaignInvalid("Nobody is in this segment", errors={"segment": ["No client matches."]})
    channel, campaign_id = new_campaign["channel"], uuid.uuid4()
    with uow:
        uow.campaigns.add(
            Campaign(
                id=campaign_id,
                name=new_campaign["name"],
                channel=channel,
                segment=segment,
                subject=new_campaign["subject"],
                body=new_campaign["body"],
                status="sending",
                recipients=len(people),
                created_by=actor,
            )
        )
        for start in range(0, len(people), INSERT_CHUNK):
            _queue_chunk(uow, campaign_id, new_campaign, people[start : start + INSERT_CHUNK], now)
        campaign = uow.campaigns.get(campaign_id)
        uow.commit()
        return contracts.campaign_view(campaign, uow.messages.counts_for_campaign(campaign_id))


def _queue_chunk(uow: MessagingUnitOfWork, campaign_id: uuid.UUID, data: dict, people: list[dict], now: datetime) -> None:
    channel = data["channel"]
    prefs = uow.preferences.get_many([uuid.UUID(p["id"]) for p in people])
    columns: dict[str, list] = {"id": [], "client_id": [], "status": [], "address": [], "error": []}
    for person in people:
        client = uuid.UUID(person["id"])
        address = person.get(ADDRESS[channel])
        allowed = bool(address) and rules.may_send(prefs.get(client), channel, "marketing", restricted=person["restricted"])
        columns["id"].append(uuid.uuid4())
        columns["client_id"].append(client)
        columns["status"].append("queued" if allowed else "suppressed")
        columns["address"].append(address)
        columns["error"].append(None if allowed else ("no address on the channel" if not address else "no marketing consent"))
    # one statement over arrays: an executemany is a round trip per row, a VALUES list compiles slowly
    uow.session.execute(
        INSERT_MESSAGES,
        {
            **columns,
            "channel": channel,
            "subject": data["subject"],
            "body": data["body"],
            "campaign_id": campaign_id,
            "now": now,
        },
    )


def get_campaign(uow: MessagingUnitOfWork, campaign_id: str) -> dict:
    """Raises CampaignNotFound (404)."""
    with uow:
        campaign = _find(uow, campaign_id)
        counts = uow.messages.counts_for_campaign(campaign.id)
        if campaign.status == "sending" and not counts.get("queued"):
            campaign.status = "sent"  # every message has left the queue
            uow.commit()
        return contracts.campaign_view(campaign, counts)


def cancel_campaign(uow: MessagingUnitOfWork, campaign_id: str, *, now: datetime) -> dict:
    """Stop a campaign: its still-queued messages become failed ("campaign cancelled"). Raises CampaignNotFound."""
    with uow:
        campaign = _find(uow, campaign_id, lock=True)
        if campaign.status != "cancelled":
            campaign.status, campaign.cancelled_at = "cancelled", now
            uow.messages.cancel_campaign(campaign.id)
        counts = uow.messages.counts_for_campaign(campaign.id)
        uow.commit()
        return contracts.campaign_view(campaign, counts)


def _find(uow: MessagingUnitOfWork, campaign_id: str, *, lock: bool = False) -> Campaign:
    key = parse_id_or_none(campaign_id)
    campaign = uow.campaigns.get(key, lock=lock) if key else None
    if campaign is None:
        raise CampaignNotFound(f"No campaign {campaign_id}")
    return campaign
