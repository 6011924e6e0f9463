"""Clients that take no more messages, calls or preference changes: erased, or merged into another
client (until the merge is undone).

Clients closed before this revision are found where they left a trace: erased messages and calls, a
merge's moved messages.

Revision ID: 0005
Revises: 0004
"""

from alembic import op

from clientcard_kit import closed_clients

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    closed_clients.create_table(op)
    op.execute("""
        INSERT INTO closed_clients (client_id, reason)
        SELECT client_id, 'erased' FROM messages WHERE erased_at IS NOT NULL
        UNION SELECT client_id, 'erased' FROM calls WHERE erased_at IS NOT NULL
        ON CONFLICT DO NOTHING
    """)
    op.execute("""
        INSERT INTO closed_clients (client_id, reason, into_client_id)
        SELECT DISTINCT ON (from_client_id) from_client_id, 'merged', to_client_id FROM merge_moves
        ON CONFLICT DO NOTHING
    """)


def downgrade() -> None:
    op.drop_table("closed_clients")
