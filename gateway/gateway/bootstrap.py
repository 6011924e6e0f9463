"""`python -m gateway.bootstrap`: make sure an admin key exists, and print it when it is new.

With CLIENTCARD_ADMIN_KEY set, that secret becomes the admin key. Otherwise a random one is
made once and kept in `.clientcard/admin_key` (mode 600) so every `make up` can print it.
The admin key has no rate limit (rate_limit 0).
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
UNLIMITED = 0


def new_local_secret() -> str:
    LOCAL_KEY_FILE.parent.mkdir(parents=True, exist_ok=True)
    secret = f"cc_admin_{secrets.token_urlsafe(32)}"
    LOCAL_KEY_FILE.write_text(secret + "\n")
    os.chmod(LOCAL_KEY_FILE, 0o600)
    return secret


def main() -> int:
    settings = Settings.from_env()
    engine = sa.create_engine(settings.database_url, poolclass=sa.pool.NullPool, hide_parameters=True)  # one-shot
    keys = KeyStore(engine)
    if settings.admin_key:
        # the operator named this secret: it works after every start, even if someone revoked it
        keys.ensure("admin", settings.admin_key, [WILDCARD], reactivate=True, rate_limit=UNLIMITED)
        shown = "(from CLIENTCARD_ADMIN_KEY)"
    else:
        secret = LOCAL_KEY_FILE.read_text().strip() if LOCAL_KEY_FILE.exists() else new_local_secret()
        if keys.ensure("admin", secret, [WILDCARD], rate_limit=UNLIMITED) == "revoked":
            # a revoked local key is never brought back: a new one replaces it
            secret = new_local_secret()
            keys.ensure("admin", secret, [WILDCARD], rate_limit=UNLIMITED)
        shown = secret
    if settings.metrics_key:
        # the scrape key of the deployment's Prometheus: may read /metrics and nothing else
        keys.ensure("metrics", settings.metrics_key, ["ops:read"], reactivate=True)
    engine.dispose()
    print(f"Clientcard admin API key: {shown}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
