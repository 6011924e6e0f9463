"""GDPR erasure: erased clients, each erasure's progress per service, and health records kept sealed.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB, UUID

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_constraint("ck_clients_status", "clients")
    op.create_check_constraint("ck_clients_status", "clients", "status IN ('active', 'archived', 'erased')")
    op.create_table(
        "erasures",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        sa.Column("client_id", UUID(as_uuid=True), nullable=False),  # no foreign key: it outlives nothing it names
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("actor_id", sa.String(100)),
        sa.Column("actor_name", sa.String(200)),
        sa.Column("services", JSONB, nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("completed_at", sa.DateTime(timezone=True)),
    )
    op.create_index("ix_erasures_client", "erasures", ["client_id", "requested_at"])
    op.create_table(
        "sealed_records",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        sa.Column("client_id", UUID(as_uuid=True), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("data", JSONB, nullable=False),
        sa.Column("sealed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("delete_after", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_sealed_records_client", "sealed_records", ["client_id"])
    op.create_index("ix_sealed_records_due", "sealed_records", ["delete_after"])


def downgrade() -> None:
    op.drop_table("sealed_records")
    op.drop_table("erasures")
    op.execute("UPDATE clients SET status = 'archived' WHERE status = 'erased'")
    op.drop_constraint("ck_clients_status", "clients")
    op.create_check_constraint("ck_clients_status", "clients", "status IN ('active', 'archived')")
