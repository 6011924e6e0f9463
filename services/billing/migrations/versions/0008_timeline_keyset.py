"""Every billing timeline kind pages by keyset on one index range, however long the client's history.

Refunds carry their invoice's client (`refunds.client_id`, moved with the invoice by merges), so they no
longer join every invoice of the client. Top-ups get `top_ups`: one row per top-up, the client account's
credit. The ledger itself stays append-only: the new rows are copied from it, never written back to it, and
`top_ups` refuses UPDATE and DELETE as the ledger does.

Expand only, so a rolling update never breaks the running version: triggers fill both (a refund's client from
its invoice when the writer did not say; a top-up's row when its ledger entry is inserted), so the previous
release, which knows neither, keeps writing correct rows while the new one rolls out.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import UUID

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# what the trigger copies for each new top-up, for the top-ups before it
COPY_TOP_UPS = """
    INSERT INTO top_ups (transaction_id, account_id, created_at, amount_minor, currency)
    SELECT t.id, e.account_id, t.created_at, e.amount_minor, e.currency
    FROM ledger_transactions t JOIN ledger_entries e ON e.transaction_id = t.id
    WHERE t.kind = 'top_up' AND e.account_id IS NOT NULL
"""


REFUND_CLIENT = """
CREATE FUNCTION refund_client_from_invoice() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.client_id IS NULL THEN
        SELECT client_id INTO NEW.client_id FROM invoices WHERE id = NEW.invoice_id;
    END IF;
    RETURN NEW;
END $$
"""

TOP_UP_COPY = """
CREATE FUNCTION top_up_from_ledger_entry() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO top_ups (transaction_id, account_id, created_at, amount_minor, currency)
    SELECT t.id, NEW.account_id, t.created_at, NEW.amount_minor, NEW.currency
    FROM ledger_transactions t WHERE t.id = NEW.transaction_id AND t.kind = 'top_up'
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$
"""


def upgrade() -> None:
    op.add_column("refunds", sa.Column("client_id", UUID(as_uuid=True)))
    op.execute(REFUND_CLIENT)
    op.execute(
        "CREATE TRIGGER refunds_client_id BEFORE INSERT ON refunds FOR EACH ROW EXECUTE FUNCTION refund_client_from_invoice()"
    )
    op.execute("UPDATE refunds SET client_id = invoices.client_id FROM invoices WHERE invoices.id = refunds.invoice_id")
    op.alter_column("refunds", "client_id", nullable=False)  # checked after the BEFORE trigger filled it
    op.create_index("ix_refunds_client_keyset", "refunds", ["client_id", "created_at", "id"])

    op.create_table(
        "top_ups",
        sa.Column("transaction_id", UUID(as_uuid=True), sa.ForeignKey("ledger_transactions.id"), primary_key=True),
        sa.Column("account_id", UUID(as_uuid=True), sa.ForeignKey("accounts.id"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("amount_minor", sa.BigInteger, nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
    )
    op.execute(TOP_UP_COPY)
    op.execute(
        "CREATE TRIGGER ledger_entries_top_ups AFTER INSERT ON ledger_entries FOR EACH ROW "
        "WHEN (NEW.account_id IS NOT NULL) EXECUTE FUNCTION top_up_from_ledger_entry()"
    )
    op.execute(COPY_TOP_UPS)
    op.create_index("ix_top_ups_account_keyset", "top_ups", ["account_id", "created_at", "transaction_id"])
    op.execute(
        "CREATE TRIGGER top_ups_append_only BEFORE UPDATE OR DELETE ON top_ups FOR EACH ROW EXECUTE FUNCTION ledger_append_only()"
    )
    op.execute(
        "CREATE TRIGGER top_ups_no_truncate BEFORE TRUNCATE ON top_ups FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER ledger_entries_top_ups ON ledger_entries")
    op.execute("DROP FUNCTION top_up_from_ledger_entry()")
    op.execute("DROP TRIGGER refunds_client_id ON refunds")
    op.execute("DROP FUNCTION refund_client_from_invoice()")
    op.drop_table("top_ups")
    op.drop_index("ix_refunds_client_keyset", "refunds")
    op.drop_column("refunds", "client_id")
