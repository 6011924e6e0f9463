"""Medical files of an erased client are sealed, not deleted, until their retention ends.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("stored_files", sa.Column("sealed_until", sa.DateTime(timezone=True)))
    op.create_index(
        "ix_stored_files_sealed_until", "stored_files", ["sealed_until"], postgresql_where=sa.text("sealed_until IS NOT NULL")
    )


def downgrade() -> None:
    op.drop_index("ix_stored_files_sealed_until", "stored_files")
    op.drop_column("stored_files", "sealed_until")
