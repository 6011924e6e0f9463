"""Keyset index for the timeline's payments: newest first by (recorded_at, id) per paying client.

Revision ID: 0004
Revises: 0003
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_payments_payer_timeline", "payments", ["payer_client_id", "recorded_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_payments_payer_timeline", "payments")
