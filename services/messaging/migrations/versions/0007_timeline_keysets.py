"""The timeline pages messages and calls by keyset on (time, id): each page reads one index range,
however long the client's history.

Revision ID: 0007
Revises: 0006
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_messages_client_keyset", "messages", ["client_id", "created_at", "id"])
    op.drop_index("ix_messages_client_created", table_name="messages")
    op.create_index("ix_calls_client_keyset", "calls", ["client_id", "started_at", "id"])
    op.drop_index("ix_calls_client_started", table_name="calls")


def downgrade() -> None:
    op.create_index("ix_calls_client_started", "calls", ["client_id", "started_at"])
    op.drop_index("ix_calls_client_keyset", table_name="calls")
    op.create_index("ix_messages_client_created", "messages", ["client_id", "created_at"])
    op.drop_index("ix_messages_client_keyset", table_name="messages")
