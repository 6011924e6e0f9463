"""Each loyalty timeline kind (points, gift card, membership, credits) pages by keyset on one index range.

The kind is the type of the card a transaction belongs to, so each transaction carries it
(`card_transactions.card_type`): a client's gift card page no longer reads their thousands of points
transactions to find the few of a gift card. A card's type never changes; a trigger copies it into each
new row, so every writer (use cases, imports) fills it without knowing.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

COPY_CARD_TYPE = """
CREATE FUNCTION card_transaction_card_type() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.card_type IS NULL THEN
        SELECT type INTO NEW.card_type FROM loyalty_cards WHERE id = NEW.card_id;
    END IF;
    RETURN NEW;
END $$
"""


def upgrade() -> None:
    op.add_column("card_transactions", sa.Column("card_type", sa.String(20)))
    op.execute(
        "UPDATE card_transactions SET card_type = loyalty_cards.type FROM loyalty_cards "
        "WHERE loyalty_cards.id = card_transactions.card_id"
    )
    op.alter_column("card_transactions", "card_type", nullable=False)
    op.execute(COPY_CARD_TYPE)
    op.execute(
        "CREATE TRIGGER card_transactions_card_type BEFORE INSERT ON card_transactions "
        "FOR EACH ROW EXECUTE FUNCTION card_transaction_card_type()"
    )
    op.create_index(
        "ix_card_transactions_client_kind_keyset", "card_transactions", ["client_id", "card_type", "occurred_at", "id"]
    )


def downgrade() -> None:
    op.drop_index("ix_card_transactions_client_kind_keyset", "card_transactions")
    op.execute("DROP TRIGGER card_transactions_card_type ON card_transactions")
    op.execute("DROP FUNCTION card_transaction_card_type()")
    op.drop_column("card_transactions", "card_type")
