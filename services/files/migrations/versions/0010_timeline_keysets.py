"""The timeline and the consents list page by keyset on (time, id): each reads one index range.

Revision ID: 0010
Revises: 0009
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# the id of a withdrawal in the timeline, exactly as clientcard_files.use_cases.timeline writes it
WITHDRAWALS = """
    CREATE INDEX ix_signed_consents_withdrawals ON signed_consents
    (client_id, withdrawn_at, (CAST(md5(CAST(id AS TEXT) || '-withdrawn') AS UUID))) WHERE withdrawn_at IS NOT NULL
"""


def upgrade() -> None:
    op.create_index("ix_stored_files_client_keyset", "stored_files", ["client_id", "created_at", "id"])
    op.drop_index("ix_stored_files_client_created", table_name="stored_files")
    op.create_index("ix_signed_consents_client_keyset", "signed_consents", ["client_id", "signed_at", "id"])
    op.drop_index("ix_signed_consents_client", table_name="signed_consents")
    op.execute(WITHDRAWALS)


def downgrade() -> None:
    op.drop_index("ix_signed_consents_withdrawals", table_name="signed_consents")
    op.create_index("ix_signed_consents_client", "signed_consents", ["client_id", "signed_at"])
    op.drop_index("ix_signed_consents_client_keyset", table_name="signed_consents")
    op.create_index("ix_stored_files_client_created", "stored_files", ["client_id", "created_at"])
    op.drop_index("ix_stored_files_client_keyset", table_name="stored_files")
