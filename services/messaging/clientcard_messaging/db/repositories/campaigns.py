"""Campaigns."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from clientcard_messaging.db.models import Campaign


class CampaignRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, campaign: Campaign) -> Campaign:
        self._session.add(campaign)
        self._session.flush()
        return campaign

    def get(self, campaign_id: uuid.UUID, *, lock: bool = False) -> Campaign | None:
        return self._session.get(Campaign, campaign_id, with_for_update=lock)
