"""Clients, the links between them and their audit trail."""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientcard_profile.db.models import AuditEntry, Client, ClientLink
from clientcard_profile.db.repositories.access import visible_to


class ClientRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, client: Client) -> Client:
        self._session.add(client)
        self._session.flush()
        return client

    def get(self, client_id: uuid.UUID) -> Client | None:
        return self._session.get(Client, client_id)

    def get_for_update(self, client_id: uuid.UUID) -> Client | None:
        """The client with its row locked until the transaction ends (concurrent writers queue)."""
        return self._session.get(Client, client_id, with_for_update=True, populate_existing=True)

    def get_many(self, client_ids: list[uuid.UUID]) -> list[Client]:
        if not client_ids:
            return []
        return list(self._session.scalars(sa.select(Client).where(Client.id.in_(client_ids))))

    def visible_ids(self, client_ids: list[uuid.UUID], location_ids: frozenset[uuid.UUID] | None) -> set[uuid.UUID]:
        """Which of these clients exist and a caller limited to `location_ids` (None: unlimited) may see."""
        if not client_ids:
            return set()
        query = sa.select(Client.id).where(Client.id.in_(client_ids), visible_to(location_ids))
        return set(self._session.scalars(query))

    def active_with_card_number(self, card_number: str, *, other_than: uuid.UUID | None = None) -> Client | None:
        query = sa.select(Client).where(Client.card_number == card_number, Client.status == "active")
        if other_than is not None:
            query = query.where(Client.id != other_than)
        return self._session.scalars(query.limit(1)).first()


class ClientLinkRepository:
    def __init__(self, session: Session):
        self._session = session

    def for_client(self, client_id: uuid.UUID) -> list[ClientLink]:
        return list(
            self._session.scalars(sa.select(ClientLink).where(ClientLink.client_id == client_id).order_by(ClientLink.created_at))
        )

    def relations_of(self, client_id: uuid.UUID) -> dict[uuid.UUID, str]:
        """`{other: relation}`: what each linked client is to this one."""
        return {link.linked_client_id: link.relation for link in self.for_client(client_id)}

    def link(self, client_id: uuid.UUID, other: uuid.UUID, relation: str, inverse: str) -> None:
        """Link two clients, both directions: `other` is `relation` to `client_id`, which is `inverse` to it."""
        self._session.add(ClientLink(client_id=client_id, linked_client_id=other, relation=relation))
        self._session.add(ClientLink(client_id=other, linked_client_id=client_id, relation=inverse))
        self._session.flush()

    def unlink(self, client_id: uuid.UUID, other: uuid.UUID) -> None:
        """Remove the link between two clients, both directions."""
        self._session.execute(
            sa.delete(ClientLink).where(
                sa.or_(
                    sa.and_(ClientLink.client_id == client_id, ClientLink.linked_client_id == other),
                    sa.and_(ClientLink.client_id == other, ClientLink.linked_client_id == client_id),
                )
            )
        )

    def replace(self, client_id: uuid.UUID, links: dict[uuid.UUID, tuple[str, str]]) -> None:
        """Make `client_id`'s links exactly `links` ({other: (relation, inverse)}), both directions."""
        self._session.execute(
            sa.delete(ClientLink).where(sa.or_(ClientLink.client_id == client_id, ClientLink.linked_client_id == client_id))
        )
        for other, (relation, inverse) in links.items():
            self._session.add(ClientLink(client_id=client_id, linked_client_id=other, relation=relation))
            self._session.add(ClientLink(client_id=other, linked_client_id=client_id, relation=inverse))
        self._session.flush()


class AuditRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, entry: AuditEntry) -> None:
        self._session.add(entry)

    def list_for_client(self, client_id: uuid.UUID, *, limit: int, before_id: int | None = None) -> list[AuditEntry]:
        query = sa.select(AuditEntry).where(AuditEntry.client_id == client_id)
        if before_id is not None:
            query = query.where(AuditEntry.id < before_id)
        return list(self._session.scalars(query.order_by(AuditEntry.id.desc()).limit(limit)))
