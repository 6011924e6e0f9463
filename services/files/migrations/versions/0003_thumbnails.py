"""Thumbnails of images, and who uploaded each file.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("stored_files", sa.Column("thumbnail_key", sa.String(300)))
    op.add_column("stored_files", sa.Column("uploaded_by", sa.String(200)))


def downgrade() -> None:
    op.drop_column("stored_files", "uploaded_by")
    op.drop_column("stored_files", "thumbnail_key")
