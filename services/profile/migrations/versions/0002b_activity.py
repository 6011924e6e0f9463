"""Notes, visits, imports, merges.

Revision ID: 0002b
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB, UUID

revision = "0002b"
down_revision = "0001"
branch_labels = None
depends_on = None


def _timestamps():
    return (
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )


def upgrade() -> None:
    op.create_table(
        "notes",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        sa.Column("client_id", UUID(as_uuid=True), sa.ForeignKey("clients.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("pinned", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("author_id", sa.String(100)),
        sa.Column("author_name", sa.String(200)),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True)),
        sa.Column("acknowledged_by_id", sa.String(100)),
        sa.Column("acknowledged_by_name", sa.String(200)),
        sa.Column("deleted_at", sa.DateTime(timezone=True)),
        *_timestamps(),
        sa.CheckConstraint("kind IN ('general', 'treatment', 'clinical', 'alert')", name="ck_notes_kind"),
    )
    op.create_index(
        "ix_notes_client_order",
        "notes",
        ["client_id", "pinned", "created_at", "id"],
        postgresql_where=sa.text("deleted_at IS NULL"),
    )

    op.create_table(
        "visits",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        sa.Column("client_id", UUID(as_uuid=True), sa.ForeignKey("clients.id", ondelete="CASCADE"), nullable=False),
        sa.Column("external_id", sa.String(200), unique=True),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True)),
        sa.Column("service", sa.String(200)),
        sa.Column("staff", sa.String(200)),
        sa.Column("location_id", UUID(as_uuid=True)),
        sa.Column("status", sa.String(20), nullable=False, server_default="booked"),
        sa.Column("comment", sa.Text),
        sa.Column("price_minor", sa.BigInteger),
        sa.Column("currency", sa.String(3)),
        *_timestamps(),
        sa.CheckConstraint("status IN ('booked', 'confirmed', 'completed', 'cancelled', 'no_show')", name="ck_visits_status"),
        sa.CheckConstraint("ends_at IS NULL OR ends_at >= starts_at", name="ck_visits_ends_after_start"),
        sa.CheckConstraint("(price_minor IS NULL) = (currency IS NULL)", name="ck_visits_price_currency"),
    )
    op.create_index("ix_visits_client_starts", "visits", ["client_id", "starts_at", "id"])

    op.create_table(
        "client_imports",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        sa.Column("status", sa.String(20), nullable=False, server_default="queued"),
        sa.Column("dry_run", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("filename", sa.String(255)),
        sa.Column("columns", JSONB, nullable=False, server_default="{}"),
        sa.Column("rows", JSONB),
        sa.Column("total_rows", sa.Integer, nullable=False, server_default="0"),
        sa.Column("created_count", sa.Integer, nullable=False, server_default="0"),
        sa.Column("skipped_count", sa.Integer, nullable=False, server_default="0"),
        sa.Column("duplicate_count", sa.Integer, nullable=False, server_default="0"),
        sa.Column("error_count", sa.Integer, nullable=False, server_default="0"),
        sa.Column("report", JSONB, nullable=False, server_default="[]"),
        sa.Column("actor_id", sa.String(100)),
        sa.Column("actor_name", sa.String(200)),
        sa.Column("request_id", sa.String(200)),
        sa.Column("finished_at", sa.DateTime(timezone=True)),
        *_timestamps(),
        sa.CheckConstraint("status IN ('queued', 'running', 'completed', 'failed')", name="ck_client_imports_status"),
    )
    op.create_index("ix_client_imports_queued", "client_imports", ["created_at"], postgresql_where=sa.text("status = 'queued'"))

    op.create_table(
        "client_merges",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        sa.Column("client_id", UUID(as_uuid=True), sa.ForeignKey("clients.id", ondelete="CASCADE"), nullable=False),
        sa.Column("source_id", UUID(as_uuid=True), sa.ForeignKey("clients.id", ondelete="CASCADE"), nullable=False),
        sa.Column("moved", JSONB, nullable=False, server_default="{}"),
        sa.Column("target_before", JSONB, nullable=False, server_default="{}"),
        sa.Column("source_before", JSONB, nullable=False, server_default="{}"),
        sa.Column("actor_id", sa.String(100)),
        sa.Column("actor_name", sa.String(200)),
        sa.Column("undone_at", sa.DateTime(timezone=True)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.CheckConstraint("client_id <> source_id", name="ck_client_merges_not_self"),
    )
    op.create_index("ix_client_merges_client", "client_merges", ["client_id"])
    op.create_index("ix_client_merges_source", "client_merges", ["source_id"])


def downgrade() -> None:
    op.drop_table("client_merges")
    op.drop_table("client_imports")
    op.drop_table("visits")
    op.drop_table("notes")
