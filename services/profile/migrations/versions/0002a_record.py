"""Client record: custom fields, locations, links, flags, search indexes, audit.

Revision ID: 0002a
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB, UUID

revision = "0002a"
down_revision = "0001"
branch_labels = None
depends_on = None

# unaccent() is only STABLE (its dictionary could change); pinning the dictionary makes the
# wrapper safe to declare IMMUTABLE, which generated columns and expression indexes require.
SEARCH_TEXT_FUNCTION = """
CREATE OR REPLACE FUNCTION clientcard_search_text(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$
"""


def upgrade() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    op.execute(SEARCH_TEXT_FUNCTION)

    op.create_table(
        "locations",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    op.create_table(
        "custom_field_definitions",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        sa.Column("key", sa.String(64), nullable=False, unique=True),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("type", sa.String(20), nullable=False),
        sa.Column("options", JSONB, nullable=False, server_default="[]"),
        sa.Column("required", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.CheckConstraint(
            "type IN ('text', 'number', 'date', 'boolean', 'select', 'email', 'phone')", name="ck_custom_field_type"
        ),
    )

    op.add_column("clients", sa.Column("restricted", sa.Boolean, nullable=False, server_default=sa.false()))
    op.add_column("clients", sa.Column("blocked", sa.Boolean, nullable=False, server_default=sa.false()))
    op.add_column("clients", sa.Column("block_reason", sa.Text))
    op.add_column("clients", sa.Column("merged_into_id", UUID(as_uuid=True)))
    op.add_column("clients", sa.Column("archived_at", sa.DateTime(timezone=True)))
    op.add_column("clients", sa.Column("last_visit_at", sa.DateTime(timezone=True)))
    op.add_column("clients", sa.Column("next_visit_at", sa.DateTime(timezone=True)))
    op.add_column(
        "clients",
        sa.Column(
            "search_name",
            sa.Text,
            sa.Computed("clientcard_search_text(first_name || ' ' || last_name)", persisted=True),
        ),
    )
    op.add_column(
        "clients",
        sa.Column(
            "search_phones",
            sa.Text,
            sa.Computed("coalesce(phone, '') || ' ' || coalesce(additional_phone, '')", persisted=True),
        ),
    )

    op.execute("CREATE INDEX ix_clients_search_name_trgm ON clients USING gin (search_name gin_trgm_ops)")
    op.execute("CREATE INDEX ix_clients_search_phones_trgm ON clients USING gin (search_phones gin_trgm_ops)")
    op.execute("CREATE INDEX ix_clients_email_trgm ON clients USING gin (lower(email) gin_trgm_ops)")
    op.execute("CREATE INDEX ix_clients_tags ON clients USING gin (tags)")
    op.execute("CREATE INDEX ix_clients_categories ON clients USING gin (categories)")
    op.execute("CREATE INDEX ix_clients_birth_month ON clients (extract(month FROM date_of_birth))")
    op.create_index("ix_clients_additional_phone", "clients", ["additional_phone"])
    op.create_index("ix_clients_card_number", "clients", ["card_number"])
    op.create_index(
        "uq_clients_active_card_number",
        "clients",
        ["card_number"],
        unique=True,
        postgresql_where=sa.text("status = 'active' AND card_number IS NOT NULL"),
    )
    op.create_index("ix_clients_home_location", "clients", ["home_location_id"])
    # "C" collation: the name sort and short-prefix searches (LIKE 'ab%') both use this index
    op.execute('CREATE INDEX ix_clients_name_sort ON clients ((search_name COLLATE "C"), id)')
    op.create_index("ix_clients_created_sort", "clients", ["created_at", "id"])
    # the same constants as db/search.py's sort expressions, so "-last_visit_at" reads an index
    op.execute(
        "CREATE INDEX ix_clients_last_visit ON clients ((coalesce(last_visit_at, '0001-01-01 00:00:00+00'::timestamptz)), id)"
    )
    op.execute(
        "CREATE INDEX ix_clients_next_visit ON clients ((coalesce(next_visit_at, '9999-12-31 00:00:00+00'::timestamptz)), id)"
    )

    op.create_table(
        "client_links",
        sa.Column("client_id", UUID(as_uuid=True), sa.ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("linked_client_id", UUID(as_uuid=True), sa.ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("relation", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.CheckConstraint("client_id <> linked_client_id", name="ck_client_links_not_self"),
    )
    op.create_index("ix_client_links_linked", "client_links", ["linked_client_id"])

    op.create_table(
        "client_audit",
        sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
        sa.Column("client_id", UUID(as_uuid=True), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("field", sa.String(120)),
        sa.Column("old_value", JSONB),
        sa.Column("new_value", JSONB),
        sa.Column("actor_id", sa.String(100)),
        sa.Column("actor_name", sa.String(200)),
        sa.Column("request_id", sa.String(200)),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    op.create_index("ix_client_audit_client", "client_audit", ["client_id", "id"])


def downgrade() -> None:
    op.drop_table("client_audit")
    op.drop_table("client_links")
    for index in (
        "ix_clients_next_visit",
        "ix_clients_last_visit",
        "ix_clients_created_sort",
        "ix_clients_name_sort",
        "ix_clients_home_location",
        "uq_clients_active_card_number",
        "ix_clients_card_number",
        "ix_clients_additional_phone",
        "ix_clients_birth_month",
        "ix_clients_categories",
        "ix_clients_tags",
        "ix_clients_email_trgm",
        "ix_clients_search_phones_trgm",
        "ix_clients_search_name_trgm",
    ):
        op.drop_index(index, table_name="clients")
    for column in (
        "search_phones",
        "search_name",
        "next_visit_at",
        "last_visit_at",
        "archived_at",
        "merged_into_id",
        "block_reason",
        "blocked",
        "restricted",
    ):
        op.drop_column("clients", column)
    op.drop_table("custom_field_definitions")
    op.drop_table("locations")
    op.execute("DROP FUNCTION IF EXISTS clientcard_search_text(text)")
