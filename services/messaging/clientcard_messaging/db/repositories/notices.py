"""Keys of notices already sent."""

from __future__ import annotations

from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from clientcard_messaging.db.models import notices_sent


class NoticeRepository:
    def __init__(self, session: Session):
        self._session = session

    def claim(self, key: str) -> bool:
        """True the first time a notice key is seen: a notice goes out once, however its event arrives."""
        result = self._session.execute(
            insert(notices_sent).values(key=key).on_conflict_do_nothing().returning(notices_sent.c.key)
        )
        return result.first() is not None
