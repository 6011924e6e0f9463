"""Keyset index for the timeline's card transactions: newest first by (occurred_at, id) per client.

Revision ID: 0005
Revises: 0004
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_card_transactions_client_timeline", "card_transactions", ["client_id", "occurred_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_card_transactions_client_timeline", "card_transactions")
