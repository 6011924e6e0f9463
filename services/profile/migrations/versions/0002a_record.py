"""Client record: custom fields, locations, links, flags, search indexes, audit.

Revision ID: 0002a
Revises: 0001
"""
import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0002a"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
