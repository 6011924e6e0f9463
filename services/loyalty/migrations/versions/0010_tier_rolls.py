"""How far the hourly tier roll got, so it recomputes only the clients whose spend left the window since.

One row (`id` 1): `rolled_to` NULL asks for a full pass (the first run, and after the program's tiers
or window changed). Expand-only: a new table, which the running previous version never reads.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tier_rolls",
        sa.Column("id", sa.SmallInteger, primary_key=True),
        sa.Column("rolled_to", sa.DateTime(timezone=True)),
        sa.CheckConstraint("id = 1", name="ck_tier_rolls_one_row"),
    )
    op.execute("INSERT INTO tier_rolls (id, rolled_to) VALUES (1, NULL)")


def downgrade() -> None:
    op.drop_table("tier_rolls")
