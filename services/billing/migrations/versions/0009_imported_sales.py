"""Imported visit history: the past sales an old system settled, so a client's figures are whole from day one.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import UUID

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "imported_sales",
        # the visit's external_id: the primary key is what makes a visit count once, however often it comes
        sa.Column("visit_external_id", sa.String(200), primary_key=True),
        sa.Column("client_id", UUID(as_uuid=True), nullable=False),
        sa.Column("visit_id", UUID(as_uuid=True)),
        sa.Column("import_id", UUID(as_uuid=True), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("amount_minor", sa.BigInteger, nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("service", sa.String(200)),
        sa.Column("staff", sa.String(200)),
        sa.Column("location_id", UUID(as_uuid=True)),
        sa.Column("posted_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_imported_sales_client", "imported_sales", ["client_id", "occurred_at"])
    # which sales a merge moved to the survivor, and from whom: its undo moves exactly those back
    op.create_table(
        "imported_sale_merges",
        sa.Column("merge_id", UUID(as_uuid=True), primary_key=True),
        sa.Column("visit_external_id", sa.String(200), sa.ForeignKey("imported_sales.visit_external_id"), primary_key=True),
        sa.Column("source_id", UUID(as_uuid=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("imported_sale_merges")
    op.drop_index("ix_imported_sales_client", "imported_sales")
    op.drop_table("imported_sales")
