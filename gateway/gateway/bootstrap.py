"""`python -m gateway.bootstrap`: make sure an admin key exists, and print it when it is new.

With CLIENTCARD_ADMIN_KEY set, that secret becomes the admin key. Otherwise a random one is
made once and kept in `.clientcard/admin_key` (mode 600) so every `make up` can print it.
"""
from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path

import sqlalchemy as sa

from gateway.keys import WILDCARD, KeyStore
from gateway.settings import Settings

LOCAL_KEY_FILE = Path(".clientcard/admin_key")


def admin_secret(settings: Settings) -> str:
    if settings.admin_key:
        return settings.admin_key
    if LOCAL_KEY_FILE.exists():
        return LOCAL_KEY_FILE.read_text().strip()
    LOCAL_KEY_FILE.parent.mkdir(parents=True, exist_ok=True)
    secret = f"cc_admin_{secrets.token_urlsafe(32)}"
    LOCAL_KEY_FILE.write_text(secret + "\n")
    os.chmod(LOCAL_KEY_FILE, 0o600)
    return secret


def main() -> int:
    settings = Settings.from_env()
    secret = admin_secret(settings)
    engine = sa.create_engine(settings.database_url)
    KeyStore(engine).ensure("admin", secret, [WILDCARD])
    engine.dispose()
    shown = "(from CLIENTCARD_ADMIN_KEY)" if settings.admin_key else secret
    print(f"Clientcard admin API key: {shown}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
