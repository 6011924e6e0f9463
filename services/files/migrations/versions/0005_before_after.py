"""Before/after photos: a pair, a stage and optionally the visit they belong to.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import UUID

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("stored_files", sa.Column("pair_id", UUID(as_uuid=True)))
    op.add_column("stored_files", sa.Column("stage", sa.String(10)))
    op.add_column("stored_files", sa.Column("visit_id", UUID(as_uuid=True)))
    op.add_column("stored_files", sa.Column("preview_key", sa.String(300)))
    op.create_check_constraint(
        "ck_stored_files_pair",
        "stored_files",
        "(pair_id IS NULL AND stage IS NULL) OR (pair_id IS NOT NULL AND stage IN ('before', 'after') AND kind = 'photo')",
    )
    op.create_index(
        "ix_stored_files_pairs", "stored_files", ["client_id", "pair_id"], postgresql_where=sa.text("pair_id IS NOT NULL")
    )


def downgrade() -> None:
    op.drop_index("ix_stored_files_pairs", "stored_files")
    op.drop_constraint("ck_stored_files_pair", "stored_files")
    for column in ("preview_key", "visit_id", "stage", "pair_id"):
        op.drop_column("stored_files", column)
