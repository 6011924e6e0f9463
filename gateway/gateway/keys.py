"""API keys in the gateway's database: stored as SHA-256 of the secret, shown once at creation."""
from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, UUID
from sqlalchemy.engine import Engine

metadata = sa.MetaData()

api_keys = sa.Table(
    "api_keys",
    metadata,
    sa.Column("id", UUID(as_uuid=True), primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("prefix", sa.String(20), nullable=False),
    sa.Column("secret_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("scopes", ARRAY(sa.String(50)), nullable=False),
    sa.Column("location_ids", ARRAY(UUID(as_uuid=True))),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    sa.Column("revoked_at", sa.DateTime(timezone=True)),
)

ALL_SCOPES = (
    "clients:read",
    "clients:write",
    "notes:clinical",
    "billing:read",
    "billing:write",
    "billing:adjust",
    "loyalty:read",
    "loyalty:write",
    "loyalty:adjust",
    "messages:read",
    "messages:write",
    "files:read",
    "files:write",
    "admin",
)
WILDCARD = "*"


@dataclass(frozen=True)
class Principal:
    key_id: str
    name: str
    scopes: frozenset[str]
    location_ids: frozenset[str] | None  # None: every location

    def has(self, scope: str) -> bool:
        return WILDCARD in self.scopes or scope in self.scopes


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def new_secret() -> tuple[str, str]:
    prefix = secrets.token_hex(4)
    return prefix, f"cc_{prefix}_{secrets.token_urlsafe(32)}"


class KeyStore:
    def __init__(self, engine: Engine):
        self._engine = engine

    def authenticate(self, secret: str) -> Principal | None:
        with self._engine.connect() as conn:
            row = conn.execute(
                sa.select(api_keys).where(api_keys.c.secret_hash == hash_secret(secret), api_keys.c.revoked_at.is_(None))
            ).first()
        return _principal(row) if row else None

    def create(self, name: str, scopes: list[str], location_ids: list[str] | None, secret: str | None = None) -> dict:
        prefix, generated = new_secret()
        secret = secret or generated
        key_id = uuid.uuid4()
        with self._engine.begin() as conn:
            conn.execute(
                sa.insert(api_keys).values(
                    id=key_id,
                    name=name,
                    prefix=prefix,
                    secret_hash=hash_secret(secret),
                    scopes=list(scopes),
                    location_ids=[uuid.UUID(x) for x in location_ids] if location_ids else None,
                )
            )
        return {**self.get(str(key_id)), "secret": secret}

    def ensure(self, name: str, secret: str, scopes: list[str], *, reactivate: bool = False) -> str:
        """Make a key with this exact secret exist: "created", "active", "revoked", or "reactivated"."""
        with self._engine.begin() as conn:
            row = conn.execute(
                sa.select(api_keys.c.id, api_keys.c.revoked_at).where(api_keys.c.secret_hash == hash_secret(secret))
            ).first()
            if row is not None and row.revoked_at is not None and reactivate:
                conn.execute(sa.update(api_keys).where(api_keys.c.id == row.id).values(revoked_at=None))
                return "reactivated"
        if row is None:
            self.create(name, scopes, None, secret=secret)
            return "created"
        return "active" if row.revoked_at is None else "revoked"

    def get(self, key_id: str) -> dict | None:
        with self._engine.connect() as conn:
            row = conn.execute(sa.select(api_keys).where(api_keys.c.id == uuid.UUID(key_id))).first()
        return _public(row) if row else None

    def list(self) -> list[dict]:
        with self._engine.connect() as conn:
            rows = conn.execute(sa.select(api_keys).order_by(api_keys.c.created_at)).all()
        return [_public(row) for row in rows]

    def revoke(self, key_id: str) -> bool:
        with self._engine.begin() as conn:
            result = conn.execute(
                sa.update(api_keys)
                .where(api_keys.c.id == uuid.UUID(key_id), api_keys.c.revoked_at.is_(None))
                .values(revoked_at=sa.func.now())
            )
        return result.rowcount == 1


def _principal(row) -> Principal:
    locations = frozenset(str(x) for x in row.location_ids) if row.location_ids else None
    return Principal(str(row.id), row.name, frozenset(row.scopes), locations)


def _public(row) -> dict:
    return {
        "id": str(row.id),
        "name": row.name,
        "prefix": row.prefix,
        "scopes": list(row.scopes),
        "location_ids": [str(x) for x in row.location_ids] if row.location_ids else None,
        "created_at": row.created_at.isoformat(),
        "revoked_at": row.revoked_at.isoformat() if row.revoked_at else None,
    }
