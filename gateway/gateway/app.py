"""The gateway's Flask app factory."""
from __future__ import annotations

import sqlalchemy as sa
from flask import Flask

from clientcard_kit import logs
from gateway import auth, input_guard, observability
from gateway.api import blueprints
from gateway.breaker import Breakers
from gateway.errors import ProblemApi, register_error_handlers
from gateway.keys import KeyStore
from gateway.rpc import RpcPool
from gateway.settings import Settings
from gateway.web import web


def create_app(settings: Settings, rpc_pool: RpcPool | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(
        API_TITLE="Clientcard API",
        API_VERSION="v1",
        OPENAPI_VERSION="3.0.3",
        OPENAPI_URL_PREFIX="/api/v1",
        OPENAPI_JSON_PATH="openapi.json",
        OPENAPI_SWAGGER_UI_PATH="docs",
        OPENAPI_SWAGGER_UI_URL="https://cdn.jsdelivr.net/npm/swagger-ui-dist/",
        MAX_CONTENT_LENGTH=25 * 1024 * 1024,  # uploads above are a 413 before any service is asked
    )
    engine = sa.create_engine(settings.database_url, pool_size=5, pool_pre_ping=True)
    app.extensions["clientcard.settings"] = settings
    app.extensions["clientcard.engine"] = engine
    app.extensions["clientcard.keys"] = KeyStore(engine)
    app.extensions["clientcard.breakers"] = Breakers(open_s=settings.card_breaker_s)
    app.extensions["clientcard.rpc"] = rpc_pool or RpcPool(
        settings.amqp_uri, timeout_s=settings.rpc_timeout_s, size=settings.rpc_pool_size
    )

    app.before_request(observability.start_request)
    app.before_request(auth.authenticate)
    app.before_request(input_guard.check_request)
    app.after_request(observability.finish_request)

    api = ProblemApi(app)
    api.spec.components.security_scheme("bearer", {"type": "http", "scheme": "bearer"})
    api.spec.options["security"] = [{"bearer": []}]
    for blueprint in blueprints():
        api.register_blueprint(blueprint)
    app.register_blueprint(observability.root)
    app.register_blueprint(web)
    register_error_handlers(app)
    return app


def create_app_from_env() -> Flask:
    """gunicorn entry: `gunicorn 'gateway.app:create_app_from_env()'`."""
    logs.configure()
    return create_app(Settings.from_env())
