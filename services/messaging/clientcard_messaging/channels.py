"""One worker per channel, each a nameko service that scales on its own.

`nameko run clientcard_messaging.channels` runs all three in one process; a deployment can run
one channel per process instead: `nameko run clientcard_messaging.channels:SmsWorker`.
"""

from __future__ import annotations

from nameko.events import event_handler

from clientcard_kit.parking import park_on_failure
from clientcard_messaging import channel_worker


class SmsWorker(channel_worker.ChannelWorker):
    name = "messaging_sms"
    channel = "sms"

    @event_handler("messaging", "sms_message_queued")
    @park_on_failure
    def handle_sms_message_queued(self, payload: dict) -> None:
        self.deliver(payload)


class EmailWorker(channel_worker.ChannelWorker):
    name = "messaging_email"
    channel = "email"

    @event_handler("messaging", "email_message_queued")
    @park_on_failure
    def handle_email_message_queued(self, payload: dict) -> None:
        self.deliver(payload)


class PushWorker(channel_worker.ChannelWorker):
    name = "messaging_push"
    channel = "push"

    @event_handler("messaging", "push_message_queued")
    @park_on_failure
    def handle_push_message_queued(self, payload: dict) -> None:
        self.deliver(payload)
