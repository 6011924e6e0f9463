"""Every read of a clinical note or a medical file: which key, when, which client, which records.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import ARRAY, UUID

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sensitive_reads",
        sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("client_id", UUID(as_uuid=True), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("record_ids", ARRAY(sa.String(64)), nullable=False),
        sa.Column("key_id", UUID(as_uuid=True)),
        sa.Column("key_name", sa.String(200)),
        sa.Column("request_id", sa.String(128)),
        sa.Column("route", sa.String(200), nullable=False),
    )
    op.create_index("ix_sensitive_reads_client", "sensitive_reads", ["client_id", sa.text("id DESC")])


def downgrade() -> None:
    op.drop_table("sensitive_reads")
