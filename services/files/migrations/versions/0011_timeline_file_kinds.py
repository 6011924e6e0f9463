"""The timeline's files page reads one index range of the files it shows: without these indexes it read
through every signed consent's PDF (shown as the consent instead) and, for a caller without
`files:medical`, every medical file between the ones it shows.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# the predicates are the timeline's own filters (clientcard_files.use_cases.timeline, CARD_KINDS of use_cases.card),
# written inline there so the planner can match them
SHOWN = "kind <> 'signed_consent' AND sealed_until IS NULL"
SHOWN_WITHOUT_MEDICAL = "kind IN ('photo', 'document', 'consent_form') AND sealed_until IS NULL"


def upgrade() -> None:
    op.create_index(
        "ix_stored_files_timeline", "stored_files", ["client_id", "created_at", "id"], postgresql_where=sa.text(SHOWN)
    )
    op.create_index(
        "ix_stored_files_timeline_without_medical",
        "stored_files",
        ["client_id", "created_at", "id"],
        postgresql_where=sa.text(SHOWN_WITHOUT_MEDICAL),
    )


def downgrade() -> None:
    op.drop_index("ix_stored_files_timeline_without_medical", "stored_files")
    op.drop_index("ix_stored_files_timeline", "stored_files")
