"""Real providers: retries, replies, consent log, per-location templates, campaigns, calls and notices sent once.

Marketing becomes opt-in: stored preferences still at the old all-true defaults turn marketing off
(logged as source `migration`); any other stored choice stays. Clients with none get the new default (off).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB, UUID

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

NOW = sa.func.now()


def upgrade() -> None:
    op.add_column("messages", sa.Column("direction", sa.String(10), nullable=False, server_default="outbound"))
    op.add_column("messages", sa.Column("address", sa.String(320)))
    op.add_column("messages", sa.Column("provider", sa.String(20)))
    op.add_column("messages", sa.Column("next_attempt_at", sa.DateTime(timezone=True)))
    op.add_column("messages", sa.Column("delivered_at", sa.DateTime(timezone=True)))
    op.add_column("messages", sa.Column("html", sa.Text))
    op.add_column("messages", sa.Column("campaign_id", UUID(as_uuid=True)))
    op.add_column("messages", sa.Column("in_reply_to", UUID(as_uuid=True)))
    op.drop_constraint("ck_messages_status", "messages")
    op.create_check_constraint(
        "ck_messages_status", "messages", "status IN ('queued', 'sent', 'delivered', 'failed', 'suppressed', 'received')"
    )
    op.create_index("ix_messages_due", "messages", ["channel", "next_attempt_at"], postgresql_where=sa.text("status = 'queued'"))
    op.create_index("ix_messages_provider_id", "messages", ["provider_message_id"])
    op.create_index("ix_messages_address", "messages", ["address", "created_at"])
    op.create_index("ix_messages_campaign", "messages", ["campaign_id", "status"])
    op.create_table(
        "preference_changes",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        sa.Column("client_id", UUID(as_uuid=True), nullable=False),
        sa.Column("channels", JSONB, nullable=False),
        sa.Column("types", JSONB, nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("source", sa.String(30), nullable=False),
        sa.Column("wording", sa.Text),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=NOW),
    )
    op.create_index("ix_preference_changes_client", "preference_changes", ["client_id", "created_at"])
    op.execute(
        """
        WITH untouched AS (
            UPDATE notification_preferences SET types = types || '{"marketing": false}'::jsonb, updated_at = now()
            WHERE types = '{"reminders": true, "marketing": true, "loyalty": true, "billing": true}'::jsonb
            RETURNING client_id, channels, types
        )
        INSERT INTO preference_changes (id, client_id, channels, types, actor, source, wording)
        SELECT gen_random_uuid(), client_id, channels, types, 'system', 'migration',
               'Marketing is opt-in: no recorded choice, so it is off' FROM untouched
        """
    )
    op.add_column("message_templates", sa.Column("location_id", UUID(as_uuid=True)))
    op.add_column("message_templates", sa.Column("language", sa.String(10), nullable=False, server_default="en"))
    op.add_column("message_templates", sa.Column("html", sa.Text))
    op.drop_constraint("message_templates_name_key", "message_templates")
    op.create_index(
        "ux_message_templates_scope",
        "message_templates",
        ["name", sa.text("coalesce(location_id, '00000000-0000-0000-0000-000000000000'::uuid)"), "language"],
        unique=True,
    )
    # `{name}` placeholders become Jinja2's `{{ name }}`
    for column in ("subject", "body"):
        op.execute(f"UPDATE message_templates SET {column} = regexp_replace({column}, '\\{{(\\w+)\\}}', '{{{{ \\1 }}}}', 'g')")
    op.create_table(
        "campaigns",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("channel", sa.String(10), nullable=False),
        sa.Column("segment", JSONB, nullable=False),
        sa.Column("subject", sa.String(200)),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("recipients", sa.Integer, nullable=False, server_default="0"),
        sa.Column("created_by", sa.String(200)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=NOW),
        sa.Column("cancelled_at", sa.DateTime(timezone=True)),
        sa.CheckConstraint("status IN ('sending', 'sent', 'cancelled')", name="ck_campaigns_status"),
    )
    op.create_table(
        "calls",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        sa.Column("client_id", UUID(as_uuid=True), nullable=False),
        sa.Column("direction", sa.String(10), nullable=False),
        sa.Column("number", sa.String(40)),
        sa.Column("staff", sa.String(200)),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("duration_s", sa.Integer, nullable=False, server_default="0"),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("notes", sa.Text),
        sa.Column("recording_file_id", UUID(as_uuid=True)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=NOW),
        sa.Column("erased_at", sa.DateTime(timezone=True)),
        sa.CheckConstraint("direction IN ('inbound', 'outbound')", name="ck_calls_direction"),
    )
    op.create_index("ix_calls_client_started", "calls", ["client_id", "started_at"])
    op.create_table(
        "notices_sent",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("message_id", UUID(as_uuid=True)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=NOW),
    )
    op.create_table(
        "visit_reminders",
        sa.Column("visit_id", UUID(as_uuid=True), primary_key=True),
        sa.Column("client_id", UUID(as_uuid=True), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("remind_at", sa.DateTime(timezone=True)),
        sa.Column("variables", JSONB, nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True)),
    )
    op.create_index("ix_visit_reminders_due", "visit_reminders", ["remind_at"], postgresql_where=sa.text("sent_at IS NULL"))


def downgrade() -> None:
    op.drop_table("visit_reminders")
    op.drop_table("notices_sent")
    op.drop_table("calls")
    op.drop_table("campaigns")
    op.drop_index("ux_message_templates_scope", "message_templates")
    op.create_unique_constraint("message_templates_name_key", "message_templates", ["name"])
    for column in ("html", "language", "location_id"):
        op.drop_column("message_templates", column)
    op.drop_table("preference_changes")
    for index in ("ix_messages_campaign", "ix_messages_address", "ix_messages_provider_id", "ix_messages_due"):
        op.drop_index(index, "messages")
    op.drop_constraint("ck_messages_status", "messages")
    op.create_check_constraint(
        "ck_messages_status", "messages", "status IN ('queued', 'sent', 'delivered', 'failed', 'suppressed')"
    )
    for column in ("in_reply_to", "campaign_id", "html", "delivered_at", "next_attempt_at", "provider", "address", "direction"):
        op.drop_column("messages", column)
