"""Clients that take no more files: erased, or merged into another client (until the merge is undone).

Clients closed before this revision are found where they left a trace: a merge's moved files, an
erasure's sealed health records.

Revision ID: 0008
Revises: 0007
"""

from alembic import op

from clientcard_kit import closed_clients

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    closed_clients.create_table(op)
    op.execute("""
        INSERT INTO closed_clients (client_id, reason)
        SELECT client_id, 'erased' FROM signed_consents WHERE sealed_at IS NOT NULL
        UNION SELECT client_id, 'erased' FROM stored_files WHERE sealed_until IS NOT NULL
        ON CONFLICT DO NOTHING
    """)
    op.execute("""
        INSERT INTO closed_clients (client_id, reason, into_client_id)
        SELECT DISTINCT ON (from_client_id) from_client_id, 'merged', to_client_id FROM merge_moves
        ON CONFLICT DO NOTHING
    """)


def downgrade() -> None:
    op.drop_table("closed_clients")
