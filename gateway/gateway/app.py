"""The gateway's Flask app factory."""

from __future__ import annotations

from flask import Blueprint, Flask, send_from_directory
from swagger_ui_bundle import swagger_ui_path

from clientcard_kit import database, logs
from gateway import access, auth, body_limits, card_freshness, input_guard, observability, rate_limit, routing
from gateway.api import blueprints
from gateway.breaker import Breakers
from gateway.card_cache import CardCache
from gateway.card_fast_path import WarmCards
from gateway.errors import ProblemApi, register_error_handlers
from gateway.keys import KeyStore
from gateway.rpc import RpcPool
from gateway.schemas import business_rules, document
from gateway.settings import Settings
from gateway.web import web

SWAGGER_UI_ASSETS = "/api/v1/docs/assets/"
docs_assets = Blueprint("docs_assets", __name__)


@docs_assets.get(f"{SWAGGER_UI_ASSETS}<path:filename>")
@auth.public
def swagger_ui_asset(filename: str):
    """Swagger UI's scripts and styles, from the swagger-ui-bundle package: the docs page uses no CDN."""
    return send_from_directory(str(swagger_ui_path), filename, max_age=86400)


def create_app(settings: Settings, rpc_pool: RpcPool | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(
        API_TITLE="Clientcard API",
        API_VERSION="v1",
        OPENAPI_VERSION="3.1.0",
        OPENAPI_URL_PREFIX="/api/v1",
        OPENAPI_JSON_PATH="openapi.json",
        OPENAPI_SWAGGER_UI_PATH="docs",
        OPENAPI_SWAGGER_UI_URL=SWAGGER_UI_ASSETS,
        MAX_CONTENT_LENGTH=25 * 1024 * 1024,  # uploads above are a 413 before any service is asked
    )
    engine = database.create_engine(settings.database_url, settings.db_pool)
    app.extensions["clientcard.settings"] = settings
    app.extensions["clientcard.engine"] = engine
    app.extensions["clientcard.keys"] = KeyStore(engine, cache_ttl_s=settings.key_cache_ttl_s)
    app.extensions["clientcard.rate_limits"] = rate_limit.RateLimiter(settings.redis_url, settings.rate_limit_per_minute)
    app.extensions["clientcard.card_cache"] = CardCache.from_url(
        settings.redis_url, settings.card_cache_ttl_s, prefix=settings.card_cache_prefix
    )
    app.extensions["clientcard.breakers"] = Breakers(open_s=settings.card_breaker_s)
    app.extensions["clientcard.rpc"] = rpc_pool or RpcPool(
        settings.amqp_uri, timeout_s=settings.rpc_timeout_s, size=settings.rpc_pool_size, ssl=settings.amqp_ssl
    )

    app.before_request(observability.start_request)
    app.before_request(auth.authenticate)
    app.before_request(routing.refuse_methods_a_literal_path_lacks)
    app.before_request(rate_limit.enforce)
    app.before_request(body_limits.apply)
    app.before_request(input_guard.check_request)
    app.before_request(access.guard_request)
    app.after_request(card_freshness.drop_touched_cards)
    app.after_request(observability.finish_request)
    app.after_request(rate_limit.add_headers)

    described = document.DocumentPlugin(app)
    api = ProblemApi(app, spec_kwargs={"extra_plugins": [described], **document.SPEC_OPTIONS})
    document.declare_components(api.spec)
    business_rules.tighten_dict_keys(api.ma_plugin.converter)
    for blueprint in blueprints():
        api.register_blueprint(blueprint)
    document.link_operations(api.spec._paths)
    business_rules.declare(api.spec)
    document.open_response_schemas(api.spec)
    app.before_request(document.body_guard(described.bodies_required))
    app.register_blueprint(observability.root)
    app.register_blueprint(web)
    app.register_blueprint(docs_assets)
    register_error_handlers(app)
    routing.remember_literal_paths(app)
    access.check_every_route_is_guarded(app)
    auth.check_every_view_is_guarded(app)
    app.wsgi_app = WarmCards(app, app.wsgi_app)
    return app


def create_app_from_env() -> Flask:
    """gunicorn entry: `gunicorn 'gateway.app:create_app_from_env()'`."""
    logs.configure()
    return create_app(Settings.from_env())
