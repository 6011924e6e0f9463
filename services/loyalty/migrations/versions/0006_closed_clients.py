"""Clients that take no more loyalty writes: erased, or merged into another client (until the merge is undone).

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import UUID

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "closed_clients",
        sa.Column("client_id", UUID(as_uuid=True), primary_key=True),
        sa.Column("reason", sa.String(10), nullable=False),
        sa.Column("into_client_id", UUID(as_uuid=True)),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.CheckConstraint("reason IN ('erased', 'merged')", name="ck_closed_clients_reason"),
    )


def downgrade() -> None:
    op.drop_table("closed_clients")
