"""Opening balances brought by imports: one ledger transaction per old-system id, and which imports named it.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import UUID

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # the other side of every opening balance: what the books held before the chain came over
    op.execute(
        "INSERT INTO chart_of_accounts (code, name, per_client) "
        "VALUES ('opening_balance_equity', 'Opening balance equity', false)"
    )
    op.create_table(
        "opening_balances",
        # `import:<external_id>:balance`: the primary key is what makes the posting happen once
        sa.Column("key", sa.String(250), primary_key=True),
        sa.Column("client_id", UUID(as_uuid=True), nullable=False),
        sa.Column("transaction_id", UUID(as_uuid=True), sa.ForeignKey("ledger_transactions.id"), nullable=False),
        sa.Column("amount_minor", sa.BigInteger, nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    )
    op.create_table(
        "opening_balance_imports",
        sa.Column("import_id", UUID(as_uuid=True), primary_key=True),
        sa.Column("key", sa.String(250), sa.ForeignKey("opening_balances.key"), primary_key=True),
    )


def downgrade() -> None:
    op.drop_table("opening_balance_imports")
    op.drop_table("opening_balances")
    op.execute("DELETE FROM chart_of_accounts WHERE code = 'opening_balance_equity'")
