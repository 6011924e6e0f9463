"""Clients and the infrastructure tables.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID

from clientcard_kit.tables import create_infrastructure_tables, drop_infrastructure_tables

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_infrastructure_tables(op)
    op.create_table(
        "clients",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        sa.Column("first_name", sa.String(100), nullable=False),
        sa.Column("last_name", sa.String(100), nullable=False, server_default=""),
        sa.Column("email", sa.String(254)),
        sa.Column("phone", sa.String(20)),
        sa.Column("additional_phone", sa.String(20)),
        sa.Column("gender", sa.String(20)),
        sa.Column("date_of_birth", sa.Date),
        sa.Column("categories", ARRAY(sa.String(100)), nullable=False, server_default="{}"),
        sa.Column("tags", ARRAY(sa.String(100)), nullable=False, server_default="{}"),
        sa.Column("custom_fields", JSONB, nullable=False, server_default="{}"),
        sa.Column("home_location_id", UUID(as_uuid=True)),
        sa.Column("discount_percent", sa.Numeric(5, 2), nullable=False, server_default="0"),
        sa.Column("card_number", sa.String(50)),
        sa.Column("online_booking_disabled", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("status", sa.String(20), nullable=False, server_default="active"),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.CheckConstraint("status IN ('active', 'archived')", name="ck_clients_status"),
        sa.CheckConstraint("discount_percent >= 0 AND discount_percent <= 100", name="ck_clients_discount"),
    )
    op.create_index("ix_clients_email", "clients", [sa.text("lower(email)")])
    op.create_index("ix_clients_phone", "clients", ["phone"])


def downgrade() -> None:
    op.drop_table("clients")
    drop_infrastructure_tables(op)
