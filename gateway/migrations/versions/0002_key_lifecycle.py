"""API keys expire, rotate with a grace period, carry a rate limit and the new scopes.

Medical files move from `notes:clinical` to their own `files:medical` scope: every key that could
read them before (`notes:clinical` with `files:read`) gains it, so no integration loses access.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("api_keys", sa.Column("expires_at", sa.DateTime(timezone=True)))
    op.add_column("api_keys", sa.Column("last_used_at", sa.DateTime(timezone=True)))
    op.add_column("api_keys", sa.Column("rate_limit", sa.Integer()))
    op.add_column("api_keys", sa.Column("rotated_at", sa.DateTime(timezone=True)))
    op.add_column("api_keys", sa.Column("previous_secret_hash", sa.String(64)))
    op.add_column("api_keys", sa.Column("previous_valid_until", sa.DateTime(timezone=True)))
    op.create_check_constraint("api_keys_rate_limit_not_negative", "api_keys", "rate_limit >= 0")
    op.create_index("api_keys_previous_secret_hash", "api_keys", ["previous_secret_hash"], unique=True)
    op.execute(
        "UPDATE api_keys SET scopes = array_append(scopes, 'files:medical') "
        "WHERE 'notes:clinical' = ANY(scopes) AND 'files:read' = ANY(scopes) AND NOT 'files:medical' = ANY(scopes)"
    )


def downgrade() -> None:
    op.execute("UPDATE api_keys SET scopes = array_remove(scopes, 'files:medical')")
    op.drop_index("api_keys_previous_secret_hash", table_name="api_keys")
    op.drop_constraint("api_keys_rate_limit_not_negative", "api_keys")
    for column in ("previous_valid_until", "previous_secret_hash", "rotated_at", "rate_limit", "last_used_at", "expires_at"):
        op.drop_column("api_keys", column)
