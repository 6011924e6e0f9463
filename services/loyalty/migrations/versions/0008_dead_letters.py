"""Parked events get a final state: `dead_at`, set once their retries ran out (clientcard_kit.parking).

Revision ID: 0008
Revises: 0007
"""

from alembic import op

from clientcard_kit.tables import add_dead_letters, drop_dead_letters

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    add_dead_letters(op)


def downgrade() -> None:
    drop_dead_letters(op)
