"""Delivery state of messages, notification preferences and templates.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB, UUID

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("messages", sa.Column("notification_type", sa.String(20), nullable=False, server_default="transactional"))
    op.add_column("messages", sa.Column("template", sa.String(100)))
    op.add_column("messages", sa.Column("provider_message_id", sa.String(200)))
    op.add_column("messages", sa.Column("error", sa.Text))
    op.add_column("messages", sa.Column("sent_at", sa.DateTime(timezone=True)))
    op.add_column("messages", sa.Column("attempts", sa.Integer, nullable=False, server_default="0"))
    op.create_check_constraint(
        "ck_messages_status", "messages", "status IN ('queued', 'sent', 'delivered', 'failed', 'suppressed')"
    )
    op.create_table(
        "notification_preferences",
        sa.Column("client_id", UUID(as_uuid=True), primary_key=True),
        sa.Column("channels", JSONB, nullable=False),
        sa.Column("types", JSONB, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    op.create_table(
        "message_templates",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False, unique=True),
        sa.Column("channel", sa.String(10), nullable=False),
        sa.Column("notification_type", sa.String(20), nullable=False),
        sa.Column("subject", sa.String(200)),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )


def downgrade() -> None:
    op.drop_table("message_templates")
    op.drop_table("notification_preferences")
    op.drop_constraint("ck_messages_status", "messages")
    for column in ("attempts", "sent_at", "error", "provider_message_id", "template", "notification_type"):
        op.drop_column("messages", column)
