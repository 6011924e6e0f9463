"""Announce where every existing invoice was issued, once, as `invoice_location_known`.

Profile learns a client's invoice locations from `invoice_issued` (a location-limited key sees the clients
invoiced at its locations), but invoices issued before profile listened were never recorded there: those
clients stayed hidden from their location's keys. This writes one event per invoice with a location into
the outbox; the relay publishes them and profile records each once (by invoice id). A new event name,
not `invoice_issued` again: loyalty and webhooks must not hear old invoices as new sales.

Revision ID: 0010
Revises: 0009
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        """
        WITH announced AS (
            SELECT gen_random_uuid() AS event_id, id, client_id, location_id
            FROM invoices WHERE location_id IS NOT NULL
        )
        INSERT INTO outbox_events (event_id, event_type, payload)
        SELECT event_id, 'invoice_location_known',
               jsonb_build_object('event_id', event_id::text, 'occurred_at', to_jsonb(now()) #>> '{}', 'version', 1,
                                  'invoice_id', id::text, 'client_id', client_id::text,
                                  'location_id', location_id::text)
        FROM announced
        """
    )


def downgrade() -> None:
    pass  # the announcements were published; profile keeps what it recorded
