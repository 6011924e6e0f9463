"""Which files a merge moved, so its undo moves exactly those back.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import UUID

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "merge_moves",
        sa.Column("merge_id", UUID(as_uuid=True), primary_key=True),
        sa.Column("file_id", UUID(as_uuid=True), primary_key=True),
        sa.Column("from_client_id", UUID(as_uuid=True), nullable=False),
        sa.Column("to_client_id", UUID(as_uuid=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("merge_moves")
