"""A client's profile photo: the id of an image file the files service holds for them (NULL: none).

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import UUID

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("clients", sa.Column("photo_file_id", UUID(as_uuid=True)))
    # files announces a deletion by file id: the handler that clears the photo finds its clients by it
    op.create_index(
        "ix_clients_photo_file_id", "clients", ["photo_file_id"], postgresql_where=sa.text("photo_file_id IS NOT NULL")
    )


def downgrade() -> None:
    op.drop_index("ix_clients_photo_file_id", "clients")
    op.drop_column("clients", "photo_file_id")
