"""The double-entry ledger: chart of accounts, transactions and append-only entries.

Revision ID: 0002
Revises: 0001

Two database-level proofs: a deferred constraint trigger rejects a commit in which any
transaction's entries do not sum to zero per currency, and triggers refuse UPDATE, DELETE
and TRUNCATE on the ledger (corrections are reversal transactions).
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import UUID

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

CHART = (
    ("client_credit", "Client prepaid credit", True),
    ("client_receivable", "Client receivable (unpaid invoices)", True),
    ("cash", "Cash drawer", False),
    ("card_clearing", "Card payments clearing", False),
    ("bank_clearing", "Bank transfers clearing", False),
    ("gift_card_clearing", "Gift cards redeemed (loyalty)", False),
    ("revenue", "Sales revenue (tax inclusive)", False),
    ("sales_returns", "Refunds of sales", False),
    ("adjustments", "Manual balance adjustments", False),
)

BALANCED_FUNCTION = """
CREATE FUNCTION ledger_transaction_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    unbalanced record;
BEGIN
    SELECT currency, sum(amount_minor) AS total INTO unbalanced
      FROM ledger_entries WHERE transaction_id = NEW.transaction_id
     GROUP BY currency HAVING sum(amount_minor) <> 0 LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'ledger transaction % does not sum to zero in % (sum %)',
            NEW.transaction_id, unbalanced.currency, unbalanced.total
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$
"""

HAS_ENTRIES_FUNCTION = """
CREATE FUNCTION ledger_transaction_has_entries() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT count(*) FROM ledger_entries WHERE transaction_id = NEW.id) < 2 THEN
        RAISE EXCEPTION 'ledger transaction % has fewer than two entries', NEW.id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$
"""

APPEND_ONLY_FUNCTION = """
CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused (post a reversal instead)', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END $$
"""


def _timestamp(name: str, **kwargs) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), **kwargs)


def upgrade() -> None:
    op.add_column("accounts", _timestamp("erased_at"))

    chart = op.create_table(
        "chart_of_accounts",
        sa.Column("code", sa.String(40), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("per_client", sa.Boolean, nullable=False),
    )
    op.bulk_insert(chart, [{"code": c, "name": n, "per_client": p} for c, n, p in CHART])

    op.create_table(
        "ledger_transactions",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("invoice_id", UUID(as_uuid=True)),
        sa.Column("reverses_id", UUID(as_uuid=True), sa.ForeignKey("ledger_transactions.id")),
        sa.Column("actor_id", sa.String(100)),
        _timestamp("created_at", nullable=False, server_default=sa.func.now()),
    )
    op.create_index("ix_ledger_transactions_invoice", "ledger_transactions", ["invoice_id"])
    op.create_table(
        "ledger_entries",
        sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
        sa.Column("transaction_id", UUID(as_uuid=True), sa.ForeignKey("ledger_transactions.id"), nullable=False),
        sa.Column("account", sa.String(40), sa.ForeignKey("chart_of_accounts.code"), nullable=False),
        sa.Column("account_id", UUID(as_uuid=True), sa.ForeignKey("accounts.id")),
        sa.Column("amount_minor", sa.BigInteger, nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.CheckConstraint("amount_minor <> 0", name="ck_ledger_entries_not_zero"),
        sa.CheckConstraint(
            "(account IN ('client_credit', 'client_receivable')) = (account_id IS NOT NULL)",
            name="ck_ledger_entries_client_accounts_name_the_client",
        ),
    )
    op.create_index("ix_ledger_entries_transaction", "ledger_entries", ["transaction_id"])
    op.create_index("ix_ledger_entries_account", "ledger_entries", ["account_id", "id"])
    # Reasons may name people, so they live beside the append-only books and can be erased.
    op.create_table(
        "transaction_memos",
        sa.Column("transaction_id", UUID(as_uuid=True), sa.ForeignKey("ledger_transactions.id"), primary_key=True),
        sa.Column("reason", sa.Text, nullable=False),
    )

    op.execute(BALANCED_FUNCTION)
    op.execute(HAS_ENTRIES_FUNCTION)
    op.execute(APPEND_ONLY_FUNCTION)
    op.execute(
        "CREATE CONSTRAINT TRIGGER ledger_entries_balanced AFTER INSERT ON ledger_entries "
        "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_transaction_balanced()"
    )
    op.execute(
        "CREATE CONSTRAINT TRIGGER ledger_transactions_have_entries AFTER INSERT ON ledger_transactions "
        "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_transaction_has_entries()"
    )
    for table in ("ledger_entries", "ledger_transactions", "chart_of_accounts"):
        op.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION ledger_append_only()"
        )
        op.execute(
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()"
        )


def downgrade() -> None:
    op.drop_table("transaction_memos")
    op.drop_table("ledger_entries")
    op.drop_table("ledger_transactions")
    op.drop_table("chart_of_accounts")
    for function in ("ledger_append_only", "ledger_transaction_has_entries", "ledger_transaction_balanced"):
        op.execute(f"DROP FUNCTION {function}()")
    op.drop_column("accounts", "erased_at")
