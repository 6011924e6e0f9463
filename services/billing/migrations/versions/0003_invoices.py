"""Invoices and their lines, payments, refunds, cards on file, known locations, merge records.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _uuid(name: str, *args, **kwargs) -> sa.Column:
    return sa.Column(name, UUID(as_uuid=True), *args, **kwargs)


def _timestamp(name: str, **kwargs) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), **kwargs)


def upgrade() -> None:
    op.create_table(
        "invoices",
        _uuid("id", primary_key=True),
        _uuid("client_id", nullable=False),
        _uuid("location_id"),
        _uuid("visit_id"),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("subtotal_minor", sa.BigInteger, nullable=False),
        sa.Column("discount_percent", sa.Numeric(5, 2), nullable=False),
        sa.Column("discount_minor", sa.BigInteger, nullable=False),
        sa.Column("total_minor", sa.BigInteger, nullable=False),
        sa.Column("tax_rate_percent", sa.Numeric(5, 2), nullable=False),
        sa.Column("tax_minor", sa.BigInteger, nullable=False),
        sa.Column("paid_minor", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("refunded_minor", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("status", sa.String(20), nullable=False),
        _timestamp("issued_at", nullable=False),
        _timestamp("voided_at"),
        sa.CheckConstraint("total_minor >= 0", name="ck_invoices_total"),
        sa.CheckConstraint("paid_minor >= 0 AND paid_minor <= total_minor", name="ck_invoices_paid_within_total"),
        sa.CheckConstraint("refunded_minor >= 0 AND refunded_minor <= paid_minor", name="ck_invoices_refunds"),
        sa.CheckConstraint("status IN ('open', 'partially_paid', 'paid', 'refunded', 'void')", name="ck_invoices_status"),
    )
    op.create_index("ix_invoices_client", "invoices", ["client_id", "issued_at", "id"])
    op.create_table(
        "invoice_lines",
        sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
        _uuid("invoice_id", sa.ForeignKey("invoices.id"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("description", sa.String(300), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("quantity", sa.Integer, nullable=False),
        sa.Column("unit_price_minor", sa.BigInteger, nullable=False),
        sa.Column("discount_percent", sa.Numeric(5, 2), nullable=False),
        sa.Column("discount_minor", sa.BigInteger, nullable=False),
        sa.Column("total_minor", sa.BigInteger, nullable=False),
        sa.Column("staff", sa.String(200)),
        sa.CheckConstraint(
            "kind IN ('service', 'product', 'gift_card', 'membership', 'credit_pack')", name="ck_invoice_lines_kind"
        ),
        sa.CheckConstraint("quantity > 0", name="ck_invoice_lines_quantity"),
    )
    op.create_index("ix_invoice_lines_invoice", "invoice_lines", ["invoice_id", "position"])
    op.create_table(
        "payments",
        _uuid("id", primary_key=True),
        _uuid("invoice_id", sa.ForeignKey("invoices.id"), nullable=False),
        _uuid("payer_client_id", nullable=False),
        sa.Column("method", sa.String(20), nullable=False),
        sa.Column("amount_minor", sa.BigInteger, nullable=False),
        sa.Column("refunded_minor", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("reversed_minor", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("currency", sa.String(3), nullable=False),
        _uuid("card_id"),
        sa.Column("gift_card_hold_id", sa.String(100)),
        _timestamp("gift_card_confirmed_at"),
        _uuid("transaction_id", sa.ForeignKey("ledger_transactions.id"), nullable=False),
        _timestamp("recorded_at", nullable=False),
        sa.CheckConstraint("amount_minor > 0", name="ck_payments_amount"),
        sa.CheckConstraint(
            "refunded_minor >= 0 AND reversed_minor >= 0 AND refunded_minor + reversed_minor <= amount_minor",
            name="ck_payments_refunds",
        ),
        sa.CheckConstraint("method IN ('cash', 'card', 'account_balance', 'gift_card')", name="ck_payments_method"),
    )
    op.create_index("ix_payments_invoice", "payments", ["invoice_id", "recorded_at"])
    op.create_index(
        "ix_payments_unconfirmed_holds",
        "payments",
        ["recorded_at"],
        postgresql_where=sa.text("gift_card_hold_id IS NOT NULL AND gift_card_confirmed_at IS NULL"),
    )
    op.create_table(
        "refunds",
        _uuid("id", primary_key=True),
        _uuid("payment_id", sa.ForeignKey("payments.id"), nullable=False),
        _uuid("invoice_id", sa.ForeignKey("invoices.id"), nullable=False),
        sa.Column("amount_minor", sa.BigInteger, nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("destination", sa.String(20), nullable=False),
        _uuid("transaction_id", sa.ForeignKey("ledger_transactions.id"), nullable=False),
        _timestamp("created_at", nullable=False),
        sa.CheckConstraint("amount_minor > 0", name="ck_refunds_amount"),
        sa.CheckConstraint("destination IN ('original', 'account_balance')", name="ck_refunds_destination"),
    )
    op.create_index("ix_refunds_invoice", "refunds", ["invoice_id"])
    op.create_table(
        "cards_on_file",
        _uuid("id", primary_key=True),
        _uuid("client_id", nullable=False),
        sa.Column("token", sa.String(200), nullable=False),
        sa.Column("brand", sa.String(30), nullable=False),
        sa.Column("last4", sa.String(4), nullable=False),
        sa.Column("exp_month", sa.SmallInteger, nullable=False),
        sa.Column("exp_year", sa.SmallInteger, nullable=False),
        _timestamp("created_at", nullable=False, server_default=sa.func.now()),
        sa.CheckConstraint("last4 ~ '^[0-9]{4}$'", name="ck_cards_on_file_last4"),
        sa.CheckConstraint("exp_month BETWEEN 1 AND 12", name="ck_cards_on_file_month"),
    )
    op.create_index("ix_cards_on_file_client", "cards_on_file", ["client_id"])
    op.create_table(
        "known_locations",
        _uuid("id", primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        _timestamp("updated_at", nullable=False),
    )
    op.create_table(
        "merge_moves",
        _uuid("merge_id", primary_key=True),
        _uuid("client_id", nullable=False),
        _uuid("source_id", nullable=False),
        sa.Column("moved", JSONB, nullable=False),
        sa.Column("invoice_ids", ARRAY(UUID(as_uuid=True)), nullable=False),
        sa.Column("payment_ids", ARRAY(UUID(as_uuid=True)), nullable=False),
        sa.Column("card_ids", ARRAY(UUID(as_uuid=True)), nullable=False),
        _uuid("transaction_id", sa.ForeignKey("ledger_transactions.id")),
        _uuid("undo_transaction_id", sa.ForeignKey("ledger_transactions.id")),
        _timestamp("merged_at", nullable=False, server_default=sa.func.now()),
        _timestamp("undone_at"),
    )


def downgrade() -> None:
    for table in ("merge_moves", "known_locations", "cards_on_file", "refunds", "payments", "invoice_lines", "invoices"):
        op.drop_table(table)
