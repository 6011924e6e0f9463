"""The card projector: keeps the card cache fresh by dropping the sections the services' events make stale.

Run as `python -m gateway.card_projector`; see `consumer` (AMQP) and `mapping` (which events drop what).
"""
