"""The webhook worker: records the services' events as API events (the feed) and delivers them.

Run as `python -m gateway.webhook_worker`, scaled on its own; `intake` (AMQP to feed) and `outbox`
(due deliveries to receivers) run in the same process, on their own threads.
"""
