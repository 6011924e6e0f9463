"""Invoices fall due: `due_on`, and `overdue_at`, when `invoice_overdue` was announced (once per invoice).

Invoices issued before this migration have no due date and are never announced: an upgrade must not send
a burst of notices about old debts nobody set a date for.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("invoices", sa.Column("due_on", sa.Date))
    op.add_column("invoices", sa.Column("overdue_at", sa.DateTime(timezone=True)))
    # the overdue job's scan: only invoices still owed and not yet announced
    op.create_index(
        "ix_invoices_unannounced_due",
        "invoices",
        ["due_on"],
        postgresql_where=sa.text("overdue_at IS NULL AND status IN ('open', 'partially_paid')"),
    )


def downgrade() -> None:
    op.drop_index("ix_invoices_unannounced_due", "invoices")
    op.drop_column("invoices", "overdue_at")
    op.drop_column("invoices", "due_on")
