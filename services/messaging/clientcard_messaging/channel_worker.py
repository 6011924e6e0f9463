"""What every channel worker does: look the client's address up, hand the message to the provider."""

from __future__ import annotations

import eventlet
from nameko.exceptions import RemoteError
from nameko.rpc import RpcProxy

from clientcard_kit import service_base
from clientcard_kit.contracts import load
from clientcard_kit.providers import Clock, RequestContext, SettingsProvider
from clientcard_messaging import contracts
from clientcard_messaging.adapters import provider_for
from clientcard_messaging.dependencies import messaging_uow
from clientcard_messaging.settings import Settings
from clientcard_messaging.use_cases import delivery


class ProfileUnavailable(Exception):
    """profile did not answer the address look-up in time: the event is parked and retried."""


class ChannelWorker(service_base.ParkedEventRetry):
    channel: str
    uow = messaging_uow()
    clock = Clock()
    context = RequestContext()
    settings = SettingsProvider(Settings.from_env)
    profile = RpcProxy("profile")

    def deliver(self, payload: dict) -> str:
        event = load(contracts.MessageQueuedEvent(), payload)
        try:
            # bounded: a profile that is down must park this event, not hold the worker forever
            with eventlet.Timeout(self.settings.profile_timeout_s, ProfileUnavailable("profile did not answer in time")):
                client = self.profile.get_client(str(event["client_id"]))
        except RemoteError as error:
            if error.exc_type != "ClientNotFound":
                raise  # profile is unwell: park and retry, never drop
            client = None
        provider = provider_for(self.channel, self.settings.provider(self.channel))
        return delivery.deliver(self.uow, provider, event, client, now=self.clock())
