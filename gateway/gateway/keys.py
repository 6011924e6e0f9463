"""API keys in the gateway's database: stored as SHA-256 of the secret, shown once at creation.

Keys expire, rotate with a grace period for the previous secret, and carry a rate limit. Each
process trusts what it read about a secret for `cache_ttl_s`, so requests cost no database trip.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, UUID
from sqlalchemy.engine import Engine

from gateway.key_cache import PrincipalCache

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
    sa.Column("expires_at", sa.DateTime(timezone=True)),
    sa.Column("last_used_at", sa.DateTime(timezone=True)),
    sa.Column("rate_limit", sa.Integer),  # requests a minute; NULL: the global default, 0: unlimited
    sa.Column("rotated_at", sa.DateTime(timezone=True)),
    sa.Column("previous_secret_hash", sa.String(64), unique=True),
    sa.Column("previous_valid_until", sa.DateTime(timezone=True)),
)

ALL_SCOPES = (
    "clients:read",
    "clients:write",
    "clients:export",
    "clients:erase",
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
    "files:medical",
    "webhooks:manage",
    "ops:read",
    "admin",
)
WILDCARD = "*"
LAST_USED_RESOLUTION = timedelta(minutes=1)  # last_used_at is written at most this often per key
UNKNOWN = "The API key is unknown or revoked"


class KeyRejected(Exception):
    """A secret that does not authenticate; the message is the 401's detail."""


@dataclass(frozen=True)
class Principal:
    key_id: str
    name: str
    scopes: frozenset[str]
    location_ids: frozenset[str] | None  # None: every location
    prefix: str = ""
    rate_limit: int | None = None  # requests a minute; None: the global default, 0: unlimited
    expires_at: datetime | None = None
    grace_until: datetime | None = None  # set when a rotated-out secret authenticated

    def has(self, scope: str) -> bool:
        return WILDCARD in self.scopes or scope in self.scopes

    def check_still_valid(self, now: datetime) -> None:
        """Raise KeyRejected once the key expired or a previous secret's grace period ended."""
        if self.expires_at is not None and self.expires_at <= now:
            raise KeyRejected(f"The API key expired at {self.expires_at.isoformat()}")
        if self.grace_until is not None and self.grace_until <= now:
            raise KeyRejected(f"The API key was rotated; this previous secret stopped working at {self.grace_until.isoformat()}")


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def new_secret() -> tuple[str, str]:
    prefix = secrets.token_hex(4)
    return prefix, f"cc_{prefix}_{secrets.token_urlsafe(32)}"


class KeyStore:
    def __init__(self, engine: Engine, cache_ttl_s: float = 1.0):
        self._engine = engine
        self._cache = PrincipalCache(cache_ttl_s)

    def verify(self, secret: str) -> Principal:
        """The key this secret authenticates; KeyRejected (unknown, revoked, expired, rotated out)."""
        digest = hash_secret(secret)
        found = self._cache.get(digest)
        if found is None:
            found = self._load(digest)
            self._cache.put(digest, found)
        if isinstance(found, str):
            raise KeyRejected(found)
        found.check_still_valid(datetime.now(UTC))
        return found

    def authenticate(self, secret: str) -> Principal | None:
        try:
            return self.verify(secret)
        except KeyRejected:
            return None

    def _load(self, digest: str) -> Principal | str:
        with self._engine.begin() as conn:
            row = conn.execute(
                sa.select(api_keys).where(sa.or_(api_keys.c.secret_hash == digest, api_keys.c.previous_secret_hash == digest))
            ).first()
            if row is None or row.revoked_at is not None:
                return UNKNOWN
            if row.last_used_at is None or row.last_used_at < datetime.now(UTC) - LAST_USED_RESOLUTION:
                # conditional, so that of several workers reading a stale time only one writes
                conn.execute(
                    sa.update(api_keys)
                    .where(
                        api_keys.c.id == row.id,
                        sa.or_(
                            api_keys.c.last_used_at.is_(None),
                            api_keys.c.last_used_at < sa.func.now() - LAST_USED_RESOLUTION,
                        ),
                    )
                    .values(last_used_at=sa.func.now())
                )
        return _principal(row, rotated_out=row.secret_hash != digest)

    def create(
        self,
        name: str,
        scopes: list[str],
        location_ids: list[str] | None,
        secret: str | None = None,
        *,
        expires_at: datetime | None = None,
        rate_limit: int | None = None,
    ) -> dict:
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
                    expires_at=expires_at,
                    rate_limit=rate_limit,
                )
            )
        return {**self.get(str(key_id)), "secret": secret}

    def ensure(
        self, name: str, secret: str, scopes: list[str], *, reactivate: bool = False, rate_limit: int | None = None
    ) -> str:
        """Make a key with this exact secret exist: "created", "active", "revoked", or "reactivated".

        `rate_limit` is given to a new key, and to an existing one that has none of its own yet.
        """
        with self._engine.begin() as conn:
            row = conn.execute(
                sa.select(api_keys.c.id, api_keys.c.revoked_at).where(api_keys.c.secret_hash == hash_secret(secret))
            ).first()
            if row is not None and rate_limit is not None:
                conn.execute(
                    sa.update(api_keys)
                    .where(api_keys.c.id == row.id, api_keys.c.rate_limit.is_(None))
                    .values(rate_limit=rate_limit)
                )
            if row is not None and row.revoked_at is not None and reactivate:
                conn.execute(sa.update(api_keys).where(api_keys.c.id == row.id).values(revoked_at=None))
                self._cache.forget(hash_secret(secret))
                return "reactivated"
        if row is None:
            self.create(name, scopes, None, secret=secret, rate_limit=rate_limit)
            return "created"
        return "active" if row.revoked_at is None else "revoked"

    def get(self, key_id: str) -> dict | None:
        if _uuid(key_id) is None:
            return None
        with self._engine.connect() as conn:
            row = conn.execute(sa.select(api_keys).where(api_keys.c.id == _uuid(key_id))).first()
        return _public(row) if row else None

    def list(self) -> list[dict]:
        with self._engine.connect() as conn:
            rows = conn.execute(sa.select(api_keys).order_by(api_keys.c.created_at)).all()
        return [_public(row) for row in rows]

    def revoke(self, key_id: str) -> bool:
        if _uuid(key_id) is None:
            return False
        with self._engine.begin() as conn:
            result = conn.execute(
                sa.update(api_keys)
                .where(api_keys.c.id == _uuid(key_id), api_keys.c.revoked_at.is_(None))
                .values(revoked_at=sa.func.now())
            )
        self._cache.forget_key(key_id)
        return result.rowcount == 1

    def rotate(self, key_id: str, grace_seconds: int) -> dict | None:
        """A new secret for an active key; the current one keeps working for `grace_seconds`.

        A secret rotated out earlier stops at once: only the latest previous secret has a grace period.
        """
        if _uuid(key_id) is None:
            return None
        prefix, secret = new_secret()
        with self._engine.begin() as conn:
            rotated = conn.execute(
                sa.update(api_keys)
                .where(api_keys.c.id == _uuid(key_id), api_keys.c.revoked_at.is_(None))
                .values(
                    previous_secret_hash=api_keys.c.secret_hash,
                    previous_valid_until=sa.func.now() + timedelta(seconds=grace_seconds),
                    rotated_at=sa.func.now(),
                    secret_hash=hash_secret(secret),
                    prefix=prefix,
                )
            ).rowcount
        self._cache.forget_key(key_id)
        return {**self.get(key_id), "secret": secret} if rotated else None

    def set_rate_limit(self, key_id: str, rate_limit: int | None) -> dict | None:
        if _uuid(key_id) is None:
            return None
        with self._engine.begin() as conn:
            updated = conn.execute(
                sa.update(api_keys)
                .where(api_keys.c.id == _uuid(key_id), api_keys.c.revoked_at.is_(None))
                .values(rate_limit=rate_limit)
            ).rowcount
        self._cache.forget_key(key_id)
        return self.get(key_id) if updated else None


def _uuid(key_id: str) -> uuid.UUID | None:
    """The key's id; None for one that is no UUID, which names no key."""
    try:
        return uuid.UUID(str(key_id))
    except ValueError:
        return None


def _principal(row, *, rotated_out: bool) -> Principal:
    locations = frozenset(str(x) for x in row.location_ids) if row.location_ids else None
    return Principal(
        str(row.id),
        row.name,
        frozenset(row.scopes),
        locations,
        prefix=row.prefix,
        rate_limit=row.rate_limit,
        expires_at=row.expires_at,
        grace_until=row.previous_valid_until if rotated_out else None,
    )


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _public(row) -> dict:
    return {
        "id": str(row.id),
        "name": row.name,
        "prefix": row.prefix,
        "scopes": list(row.scopes),
        "location_ids": [str(x) for x in row.location_ids] if row.location_ids else None,
        "created_at": row.created_at.isoformat(),
        "revoked_at": _iso(row.revoked_at),
        "expires_at": _iso(row.expires_at),
        "last_used_at": _iso(row.last_used_at),
        "rate_limit": row.rate_limit,
        "rotated_at": _iso(row.rotated_at),
        "previous_valid_until": _iso(row.previous_valid_until),
    }
