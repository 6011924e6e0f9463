"""Gateway settings; the only gateway module that reads the environment."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from clientcard_kit import amqp_tls
from clientcard_kit.settings import AMQP_URI_DEFAULT, PoolSettings, database_url, require_in_production

SERVICES = ("profile", "billing", "loyalty", "messaging", "files")
REDIS_URL_DEFAULT = "redis://127.0.0.1:6379/0"


@dataclass(frozen=True)
class Settings:
    database_url: str
    amqp_uri: str
    admin_key: str | None = None
    metrics_key: str | None = None  # an `ops:read` key for Prometheus, made by gateway.bootstrap
    card_budget_s: float = 1.5
    card_breaker_s: float = 3.0
    rpc_timeout_s: float = 5.0
    rpc_pool_size: int = 16
    services: tuple[str, ...] = SERVICES
    redis_url: str = REDIS_URL_DEFAULT
    rate_limit_per_minute: int = 1200  # per key, unless the key has its own; 0: unlimited
    key_cache_ttl_s: float = 1.0  # how long a worker trusts what it read about a key
    card_cache_prefix: str = ""  # before every card cache key: runs sharing one Redis stay apart
    card_cache_ttl_s: float = 300.0  # the longest a cached section lives without any event
    card_projector_prefetch: int = 200
    db_pool: PoolSettings = PoolSettings()  # per process: each gunicorn worker, the webhook worker
    amqp_ssl: dict | None = None  # TLS options for an amqps:// broker (clientcard_kit.amqp_tls)
    worker_http_port: int = 8000  # the card projector's and webhook worker's probes and metrics; 0: none

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> Settings:
        require_in_production(environ, "AMQP_URI", "REDIS_URL", "CLIENTCARD_ADMIN_KEY")
        return cls(
            database_url=database_url("gateway", environ),
            amqp_uri=environ.get("AMQP_URI", AMQP_URI_DEFAULT),
            admin_key=environ.get("CLIENTCARD_ADMIN_KEY") or None,
            metrics_key=environ.get("CLIENTCARD_METRICS_KEY") or None,
            card_budget_s=int(environ.get("CARD_BUDGET_MS", "1500")) / 1000,
            card_breaker_s=float(environ.get("CARD_BREAKER_S", "3")),
            rpc_timeout_s=float(environ.get("RPC_TIMEOUT_S", "5")),
            rpc_pool_size=int(environ.get("RPC_POOL_SIZE", "16")),
            redis_url=environ.get("REDIS_URL", REDIS_URL_DEFAULT),
            rate_limit_per_minute=int(environ.get("RATE_LIMIT_PER_MINUTE", "1200")),
            key_cache_ttl_s=float(environ.get("KEY_CACHE_TTL_S", "1")),
            card_cache_prefix=environ.get("CARD_CACHE_PREFIX", ""),
            card_cache_ttl_s=float(environ.get("CARD_CACHE_TTL_S", "300")),
            card_projector_prefetch=int(environ.get("CARD_PROJECTOR_PREFETCH", "200")),
            db_pool=PoolSettings.from_env(environ),
            amqp_ssl=amqp_tls.ssl_options(environ.get("AMQP_URI", AMQP_URI_DEFAULT), environ.get("AMQP_SSL")),
            worker_http_port=int(environ.get("WORKER_HTTP_PORT", "8000")),
        )
