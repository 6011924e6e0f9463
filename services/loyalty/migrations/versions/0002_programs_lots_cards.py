"""Programs, point lots, card details, transactions, gift-card holds, tiers, locations, merges.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB, UUID

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _uuid(name: str, *args, **kw) -> sa.Column:
    return sa.Column(name, UUID(as_uuid=True), *args, **kw)


def _ts(name: str, **kw) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), **kw)


def upgrade() -> None:
    op.create_table(
        "loyalty_programs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("points_per_unit", sa.Integer, nullable=False, server_default="1"),
        sa.Column("expiry_days", sa.Integer, nullable=False, server_default="365"),
        sa.Column("tier_window_days", sa.Integer, nullable=False, server_default="365"),
        sa.Column("tiers", JSONB, nullable=False),
        sa.Column("excluded_location_ids", JSONB, nullable=False, server_default="[]"),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
        _ts("updated_at", nullable=False, server_default=sa.func.now()),
    )
    op.execute('INSERT INTO loyalty_programs (id, tiers) VALUES (1, \'[{"name": "vip", "min_spend_minor": 100000}]\')')
    op.create_table(
        "known_locations",
        _uuid("location_id", primary_key=True),
        sa.Column("name", sa.String(200)),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
    )
    op.drop_column("loyalty_cards", "points")
    for column in (
        sa.Column("status", sa.String(20), nullable=False, server_default="active"),
        sa.Column("holder_name", sa.String(200)),
        _ts("deleted_at"),
        sa.Column("code", sa.String(50), unique=True),
        sa.Column("currency", sa.String(3)),
        sa.Column("initial_minor", sa.BigInteger),
        sa.Column("remaining_minor", sa.BigInteger),
        sa.Column("expires_on", sa.Date),
        _uuid("invoice_id"),
        sa.Column("plan", sa.String(200)),
        sa.Column("price_minor", sa.BigInteger),
        sa.Column("period_months", sa.Integer),
        sa.Column("next_payment_on", sa.Date),
        sa.Column("frozen_from", sa.Date),
        sa.Column("frozen_until", sa.Date),
        sa.Column("service", sa.String(200)),
        sa.Column("credits_total", sa.Integer),
        sa.Column("credits_remaining", sa.Integer),
        sa.Column("rollover", sa.String(20)),
        sa.Column("shareable", sa.Boolean, nullable=False, server_default=sa.false()),
    ):
        op.add_column("loyalty_cards", column)
    # one active loyalty card per client: concurrent first earnings cannot issue two
    op.create_index(
        "uq_loyalty_cards_one_active",
        "loyalty_cards",
        ["client_id"],
        unique=True,
        postgresql_where=sa.text("type = 'loyalty' AND status = 'active'"),
    )
    op.create_check_constraint("ck_gift_card_remaining", "loyalty_cards", "remaining_minor IS NULL OR remaining_minor >= 0")
    op.create_check_constraint("ck_credits_remaining", "loyalty_cards", "credits_remaining IS NULL OR credits_remaining >= 0")
    op.create_table(
        "point_lots",
        _uuid("id", primary_key=True),
        _uuid("client_id", nullable=False, index=True),
        _uuid("card_id", sa.ForeignKey("loyalty_cards.id"), nullable=False),
        _uuid("payment_id", index=True),
        sa.Column("points_earned", sa.Integer, nullable=False),
        sa.Column("points_remaining", sa.Integer, nullable=False),
        _ts("earned_at", nullable=False),
        sa.Column("expires_on", sa.Date, nullable=False),
        _ts("expiring_notified_at"),
        _ts("expired_at"),
        sa.CheckConstraint("points_remaining >= 0 AND points_remaining <= points_earned", name="ck_lot_points"),
    )
    op.create_index("ix_point_lots_live", "point_lots", ["expires_on"], postgresql_where=sa.text("points_remaining > 0"))
    op.create_table(
        "card_transactions",
        _uuid("id", primary_key=True),
        sa.Column("seq", sa.BigInteger, sa.Identity(), nullable=False, unique=True),
        _uuid("client_id", nullable=False, index=True),
        _uuid("card_id", sa.ForeignKey("loyalty_cards.id"), nullable=False, index=True),
        sa.Column("type", sa.String(30), nullable=False),
        sa.Column("points", sa.Integer),
        sa.Column("amount_minor", sa.BigInteger),
        sa.Column("currency", sa.String(3)),
        sa.Column("credits", sa.Integer),
        sa.Column("reason", sa.Text),
        _uuid("payment_id"),
        _uuid("refund_id"),
        _uuid("related_client_id"),
        _ts("occurred_at", nullable=False),
    )
    op.create_table(
        "payment_earnings",
        _uuid("payment_id", primary_key=True),
        _uuid("client_id", nullable=False, index=True),
        _uuid("invoice_id"),
        _uuid("location_id"),
        sa.Column("method", sa.String(30), nullable=False),
        sa.Column("amount_minor", sa.BigInteger, nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("refunded_minor", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("points_earned", sa.Integer, nullable=False, server_default="0"),
        sa.Column("points_reversed", sa.Integer, nullable=False, server_default="0"),
        sa.Column("counts_for_tier", sa.Boolean, nullable=False),
        _ts("recorded_at", nullable=False),
    )
    op.create_table(
        "gift_card_holds",
        _uuid("id", primary_key=True),
        sa.Column("hold_key", sa.String(200), nullable=False, unique=True),
        _uuid("card_id", sa.ForeignKey("loyalty_cards.id"), nullable=False, index=True),
        sa.Column("amount_minor", sa.BigInteger, nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        _uuid("payment_id", index=True),
        sa.Column("refunded_minor", sa.BigInteger, nullable=False, server_default="0"),
        _ts("created_at", nullable=False),
        _ts("settled_at"),
    )
    op.create_index("ix_gift_card_holds_open", "gift_card_holds", ["created_at"], postgresql_where=sa.text("status = 'held'"))
    op.create_table(
        "client_tiers",
        _uuid("client_id", primary_key=True),
        sa.Column("tier", sa.String(50)),
        _ts("changed_at", nullable=False),
    )
    op.create_table(
        "merge_moves",
        _uuid("merge_id", primary_key=True),
        sa.Column("table_name", sa.String(50), primary_key=True),
        sa.Column("row_id", sa.String(64), primary_key=True),
        _uuid("from_client_id", nullable=False),
        _uuid("to_client_id", nullable=False),
    )


def downgrade() -> None:
    for table in (
        "merge_moves",
        "client_tiers",
        "gift_card_holds",
        "payment_earnings",
        "card_transactions",
        "point_lots",
        "known_locations",
        "loyalty_programs",
    ):
        op.drop_table(table)
    op.drop_index("uq_loyalty_cards_one_active", "loyalty_cards")
    op.drop_constraint("ck_credits_remaining", "loyalty_cards")
    op.drop_constraint("ck_gift_card_remaining", "loyalty_cards")
    for column in (
        "status",
        "holder_name",
        "deleted_at",
        "code",
        "currency",
        "initial_minor",
        "remaining_minor",
        "expires_on",
        "invoice_id",
        "plan",
        "price_minor",
        "period_months",
        "next_payment_on",
        "frozen_from",
        "frozen_until",
        "service",
        "credits_total",
        "credits_remaining",
        "rollover",
        "shareable",
    ):
        op.drop_column("loyalty_cards", column)
    op.add_column("loyalty_cards", sa.Column("points", sa.Integer, nullable=False, server_default="0"))
