"""Join the client-record and activity branches.

Revision ID: 0003
Revises: 0002a, 0002b
"""

revision = "0003"
down_revision = ("0002a", "0002b")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
