"""Messages and the infrastructure tables.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import UUID

from clientcard_kit.tables import create_infrastructure_tables, drop_infrastructure_tables

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_infrastructure_tables(op)
    op.create_table(
        "messages",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        sa.Column("client_id", UUID(as_uuid=True), nullable=False),
        sa.Column("channel", sa.String(10), nullable=False),
        sa.Column("subject", sa.String(200)),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.CheckConstraint("channel IN ('sms', 'email', 'push')", name="ck_messages_channel"),
    )
    op.create_index("ix_messages_client_created", "messages", ["client_id", "created_at"])


def downgrade() -> None:
    op.drop_table("messages")
    drop_infrastructure_tables(op)
