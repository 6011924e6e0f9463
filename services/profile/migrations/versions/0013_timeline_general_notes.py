"""A timeline page for a caller without `notes:clinical` reads one index range of the client's other notes:
without this index it read through every clinical note between them (a clinic's client may have thousands).

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # the predicate is the timeline's own filter (clientcard_profile.use_cases.timeline), so the planner can use it
    op.create_index(
        "ix_notes_client_timeline_not_clinical",
        "notes",
        ["client_id", "created_at", "id"],
        postgresql_where=sa.text("deleted_at IS NULL AND kind <> 'clinical'"),
    )


def downgrade() -> None:
    op.drop_index("ix_notes_client_timeline_not_clinical", "notes")
