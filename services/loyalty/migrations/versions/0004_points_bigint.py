"""Points in 64-bit columns: billing accepts payments up to 10**12 minor units, which earn beyond 2**31 points.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

COLUMNS = (
    ("point_lots", "points_earned"),
    ("point_lots", "points_remaining"),
    ("card_transactions", "points"),
    ("payment_earnings", "points_earned"),
    ("payment_earnings", "points_reversed"),
)


def upgrade() -> None:
    for table, column in COLUMNS:
        op.alter_column(table, column, type_=sa.BigInteger, existing_type=sa.Integer)


def downgrade() -> None:
    for table, column in COLUMNS:
        op.alter_column(table, column, type_=sa.Integer, existing_type=sa.BigInteger)
