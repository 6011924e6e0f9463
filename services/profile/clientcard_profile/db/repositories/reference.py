"""Reference data of the profile: locations and custom field definitions."""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientcard_profile.db.models import CustomFieldDefinition, Location


class LocationRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, location: Location) -> Location:
        self._session.add(location)
        self._session.flush()
        return location

    def get(self, location_id: uuid.UUID) -> Location | None:
        return self._session.get(Location, location_id)

    def get_for_update(self, location_id: uuid.UUID) -> Location | None:
        return self._session.get(Location, location_id, with_for_update=True, populate_existing=True)

    def exists(self, location_id: uuid.UUID) -> bool:
        return self._session.get(Location, location_id) is not None

    def list(self) -> list[Location]:
        return list(self._session.scalars(sa.select(Location).order_by(Location.name, Location.id)))


class CustomFieldRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, definition: CustomFieldDefinition) -> CustomFieldDefinition:
        self._session.add(definition)
        self._session.flush()
        return definition

    def by_key(self, key: str, *, for_update: bool = False) -> CustomFieldDefinition | None:
        query = sa.select(CustomFieldDefinition).where(CustomFieldDefinition.key == key)
        if for_update:
            query = query.with_for_update()
        return self._session.scalars(query).first()

    def list(self) -> list[CustomFieldDefinition]:
        return list(
            self._session.scalars(
                sa.select(CustomFieldDefinition).order_by(CustomFieldDefinition.created_at, CustomFieldDefinition.key)
            )
        )
