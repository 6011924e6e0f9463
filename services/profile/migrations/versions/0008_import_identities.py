"""Imports that bring money and history: the old system's ids, what each one brought, progress.

`import_identities` maps an old system's `external_id` to the client it became, and keeps the
values each of its parts (balance, points, gift card, ...) was first posted with, so a later
file with the same values changes nothing and one with other values is a conflict.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB, UUID

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_identities",
        sa.Column("external_id", sa.String(200), primary_key=True),
        sa.Column("client_id", UUID(as_uuid=True), sa.ForeignKey("clients.id", ondelete="CASCADE"), nullable=False),
        sa.Column("parts", JSONB, nullable=False, server_default="{}"),
        sa.Column("first_import_id", UUID(as_uuid=True)),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    )
    op.create_index("ix_import_identities_client", "import_identities", ["client_id"])
    op.add_column("client_imports", sa.Column("kind", sa.String(20), nullable=False, server_default="clients"))
    op.add_column("client_imports", sa.Column("plan", JSONB))
    op.add_column("client_imports", sa.Column("posted_rows", sa.Integer, nullable=False, server_default="0"))
    op.add_column("client_imports", sa.Column("planned_rows", sa.Integer, nullable=False, server_default="0"))
    op.add_column("client_imports", sa.Column("totals", JSONB))


def downgrade() -> None:
    for column in ("totals", "planned_rows", "posted_rows", "plan", "kind"):
        op.drop_column("client_imports", column)
    op.drop_table("import_identities")
