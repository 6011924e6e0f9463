"""A location's own hour for day-before visit reminders (local time); NULL keeps messaging's default.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("locations", sa.Column("reminder_hour", sa.SmallInteger))
    op.create_check_constraint("ck_locations_reminder_hour", "locations", "reminder_hour BETWEEN 0 AND 23")


def downgrade() -> None:
    op.drop_column("locations", "reminder_hour")
