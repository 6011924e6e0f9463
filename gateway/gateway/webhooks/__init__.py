"""Webhooks: integrators' subscriptions to the suite's domain events, the events feed, signed deliveries.

`catalogue` turns internal events into API events, `signing` signs them, `store` keeps the feed and
the deliveries in the gateway's database; `gateway.webhook_worker` runs them in its own process.
"""
