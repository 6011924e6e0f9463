"""What every channel worker does: look the client's address up, hand the message to the provider, retry
temporary failures when due, send campaigns in batches; and answer /healthz, /readyz and /metrics."""

from __future__ import annotations

import json

import sqlalchemy as sa
from nameko.timer import timer
from nameko.web.handlers import http
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from werkzeug.wrappers import Response

from clientcard_kit import parking, service_base
from clientcard_kit.contracts import load
from clientcard_kit.entrypoints import rpc_proxy
from clientcard_kit.providers import Clock, RequestContext, SettingsProvider
from clientcard_messaging import contracts
from clientcard_messaging.adapters import lookups, provider_for
from clientcard_messaging.dependencies import messaging_uow
from clientcard_messaging.settings import Settings
from clientcard_messaging.use_cases import delivery


class ChannelWorker(service_base.ParkedEventRetry):
    channel: str
    uow = messaging_uow()
    clock = Clock()
    context = RequestContext()
    settings = SettingsProvider(Settings.from_env)
    profile = rpc_proxy("profile")

    def _provider(self):
        return provider_for(self.channel, self.settings.provider(self.channel), self.settings)

    def deliver(self, payload: dict) -> str:
        event = load(contracts.MessageQueuedEvent(), payload)
        client = lookups.ProfileLookups(self.profile, self.settings.rpc_deadline_s).client_or_none(str(event["client_id"]))
        return delivery.deliver(self.uow, self._provider(), event, client, now=self.clock(), settings=self.settings)

    @timer(interval=1)
    def send_due(self):
        """Retries whose time has come and campaign messages, a batch per tick (the provider's pace, not the broker's)."""
        provider = self._provider()
        for message_id in delivery.due_messages(self.uow, self.channel, self.clock(), self.settings.campaign_batch):
            # the address was kept with the message (campaigns, earlier tries): no profile call per message
            delivery.deliver(self.uow, provider, {"message_id": message_id}, None, now=self.clock(), settings=self.settings)

    @http("GET", "/healthz")
    def http_healthz(self, request):
        return Response(json.dumps({"status": "ok", "service": self.name}), mimetype="application/json")

    @http("GET", "/readyz")
    def http_readyz(self, request):
        try:
            with self.uow.engine.connect() as conn:
                conn.execute(sa.text("SELECT 1"))
            body, status = (
                {
                    "service": self.name,
                    "database": "ok",
                    "parked_events": parking.count_parked(self.uow.engine),
                    "provider": self.settings.provider(self.channel),
                },
                200,
            )
        except Exception as error:  # noqa: BLE001 - any failure means not ready
            body, status = {"service": self.name, "database": f"error: {error}"}, 503
        return Response(json.dumps(body), status=status, mimetype="application/json")

    @http("GET", "/metrics")
    def http_metrics(self, request):
        return Response(generate_latest(), mimetype=CONTENT_TYPE_LATEST)
