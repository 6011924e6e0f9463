"""What imports brought into loyalty (points lots, gift cards, memberships, credit packs), once per key.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import UUID

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "imported_parts",
        # `import:<external_id>:<part>`: the primary key is what makes each posting happen once
        sa.Column("key", sa.String(250), primary_key=True),
        sa.Column("client_id", UUID(as_uuid=True), nullable=False),
        sa.Column("part", sa.String(20), nullable=False),
        sa.Column("lot_id", UUID(as_uuid=True), sa.ForeignKey("point_lots.id")),
        sa.Column("card_id", UUID(as_uuid=True), sa.ForeignKey("loyalty_cards.id")),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    )
    op.create_table(
        "imported_part_imports",
        sa.Column("import_id", UUID(as_uuid=True), primary_key=True),
        sa.Column("key", sa.String(250), sa.ForeignKey("imported_parts.key"), primary_key=True),
    )


def downgrade() -> None:
    op.drop_table("imported_part_imports")
    op.drop_table("imported_parts")
