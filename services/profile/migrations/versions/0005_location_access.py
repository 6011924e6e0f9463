"""Location access: where invoices were issued, every location each client is linked to, and the
locations an import was started with.

`clients.location_ids` (home, visits' and invoices' locations) is derived data that triggers keep
true on every write path (API, imports, merges, events), so that "which clients may a key limited
to these locations see" is one indexed array overlap instead of two subqueries per row.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import ARRAY, UUID

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

FUNCTIONS = """
CREATE FUNCTION clientcard_client_locations(client uuid, home uuid) RETURNS uuid[]
LANGUAGE sql STABLE AS $$
    SELECT coalesce(array_agg(location ORDER BY location), '{}') FROM (
        SELECT home AS location
        UNION SELECT location_id FROM visits WHERE client_id = client
        UNION SELECT location_id FROM invoice_locations WHERE client_id = client
    ) linked WHERE location IS NOT NULL
$$;

-- Lock the client first, then recompute in a statement of its own: its snapshot then sees what a
-- concurrent writer of the same client committed while this one waited (no lost link).
CREATE FUNCTION clientcard_refresh_client_locations(client uuid) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM clients WHERE id = client FOR UPDATE;
    UPDATE clients SET location_ids = clientcard_client_locations(id, home_location_id)
    WHERE id = client AND location_ids IS DISTINCT FROM clientcard_client_locations(id, home_location_id);
END $$;

CREATE FUNCTION clientcard_location_link_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM clientcard_refresh_client_locations(OLD.client_id);
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.client_id IS DISTINCT FROM OLD.client_id) THEN
        PERFORM clientcard_refresh_client_locations(NEW.client_id);
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION clientcard_client_home_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.location_ids := clientcard_client_locations(NEW.id, NEW.home_location_id);
    RETURN NEW;
END $$;
"""

TRIGGERS = """
CREATE TRIGGER trg_clients_location_ids BEFORE INSERT OR UPDATE OF home_location_id ON clients
    FOR EACH ROW EXECUTE FUNCTION clientcard_client_home_changed();
CREATE TRIGGER trg_visits_location_ids AFTER INSERT OR DELETE OR UPDATE OF client_id, location_id ON visits
    FOR EACH ROW EXECUTE FUNCTION clientcard_location_link_changed();
CREATE TRIGGER trg_invoice_locations_location_ids
    AFTER INSERT OR DELETE OR UPDATE OF client_id, location_id ON invoice_locations
    FOR EACH ROW EXECUTE FUNCTION clientcard_location_link_changed();
"""


def upgrade() -> None:
    op.create_table(
        "invoice_locations",
        sa.Column("invoice_id", UUID(as_uuid=True), primary_key=True),
        sa.Column("client_id", UUID(as_uuid=True), nullable=False),
        sa.Column("location_id", UUID(as_uuid=True)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    op.create_index("ix_invoice_locations_client", "invoice_locations", ["client_id"])
    op.add_column(
        "clients",
        sa.Column("location_ids", ARRAY(UUID(as_uuid=True)), nullable=False, server_default=sa.text("'{}'")),
    )
    op.execute(FUNCTIONS)
    op.execute("UPDATE clients SET location_ids = clientcard_client_locations(id, home_location_id)")
    op.execute(TRIGGERS)
    op.create_index("ix_clients_location_ids", "clients", ["location_ids"], postgresql_using="gin")
    # None: an import by a caller with every location; else only rows homed at these
    op.add_column("client_imports", sa.Column("location_ids", ARRAY(UUID(as_uuid=True))))


def downgrade() -> None:
    op.drop_column("client_imports", "location_ids")
    op.execute("DROP TRIGGER trg_invoice_locations_location_ids ON invoice_locations")
    op.execute("DROP TRIGGER trg_visits_location_ids ON visits")
    op.execute("DROP TRIGGER trg_clients_location_ids ON clients")
    for function in (
        "clientcard_client_home_changed()",
        "clientcard_location_link_changed()",
        "clientcard_refresh_client_locations(uuid)",
        "clientcard_client_locations(uuid, uuid)",
    ):
        op.execute(f"DROP FUNCTION {function}")
    op.drop_index("ix_clients_location_ids", table_name="clients")
    op.drop_column("clients", "location_ids")
    op.drop_table("invoice_locations")
