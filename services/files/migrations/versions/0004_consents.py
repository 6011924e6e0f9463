"""Versioned consent templates and the signed consents made from them (immutable once signed).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# a signed consent changes only by withdrawal, sealing or a merge of its client; what was signed stays
IMMUTABLE_SIGNATURE = """
CREATE FUNCTION signed_consents_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.sealed_at IS NULL THEN
      RAISE EXCEPTION 'a signed consent is sealed before it is deleted';
    END IF;
    RETURN OLD;
  END IF;
  IF (NEW.id, NEW.template_id, NEW.template_version, NEW.answers, NEW.signer_name,
      NEW.signed_at, NEW.ip, NEW.user_agent, NEW.file_id, NEW.pdf_sha256, NEW.expires_at)
     IS DISTINCT FROM
     (OLD.id, OLD.template_id, OLD.template_version, OLD.answers, OLD.signer_name,
      OLD.signed_at, OLD.ip, OLD.user_agent, OLD.file_id, OLD.pdf_sha256, OLD.expires_at) THEN
    RAISE EXCEPTION 'a signed consent is immutable';
  END IF;
  RETURN NEW;
END $$;
"""


def upgrade() -> None:
    # the PDF of a signed consent is a file of its own kind: never uploaded, shown only with files:medical
    op.drop_constraint("ck_stored_files_kind", "stored_files")
    op.create_check_constraint(
        "ck_stored_files_kind",
        "stored_files",
        "kind IN ('photo', 'document', 'consent_form', 'medical', 'signed_consent')",
    )
    op.create_table(
        "consent_templates",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        sa.Column("version", sa.Integer, primary_key=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("fields", JSONB, nullable=False),
        sa.Column("checkboxes", JSONB, nullable=False),
        sa.Column("services", ARRAY(sa.String(200)), nullable=False),
        sa.Column("validity_months", sa.Integer),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("created_by", sa.String(200)),
        sa.CheckConstraint("version >= 1", name="ck_consent_templates_version"),
        sa.CheckConstraint("validity_months IS NULL OR validity_months > 0", name="ck_consent_templates_validity"),
    )
    op.create_table(
        "signed_consents",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        sa.Column("client_id", UUID(as_uuid=True), nullable=False),
        sa.Column("template_id", UUID(as_uuid=True), nullable=False),
        sa.Column("template_version", sa.Integer, nullable=False),
        sa.Column("answers", JSONB, nullable=False),
        sa.Column("signer_name", sa.String(200), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ip", sa.String(64)),
        sa.Column("user_agent", sa.String(500)),
        sa.Column("file_id", UUID(as_uuid=True), nullable=False),
        sa.Column("pdf_sha256", sa.String(64), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True)),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True)),
        sa.Column("withdrawn_by", sa.String(200)),
        sa.Column("withdrawal_reason", sa.String(500)),
        sa.Column("sealed_at", sa.DateTime(timezone=True)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.ForeignKeyConstraint(
            ["template_id", "template_version"],
            ["consent_templates.id", "consent_templates.version"],
            name="fk_signed_consents_template",
        ),
    )
    op.create_index("ix_signed_consents_client", "signed_consents", ["client_id", "signed_at"])
    op.execute(IMMUTABLE_SIGNATURE)
    op.execute(
        "CREATE TRIGGER signed_consents_immutable BEFORE UPDATE OR DELETE ON signed_consents"
        " FOR EACH ROW EXECUTE FUNCTION signed_consents_immutable()"
    )


def downgrade() -> None:
    op.drop_table("signed_consents")
    op.execute("DROP FUNCTION signed_consents_immutable()")
    op.drop_table("consent_templates")
    op.drop_constraint("ck_stored_files_kind", "stored_files")
    op.create_check_constraint("ck_stored_files_kind", "stored_files", "kind IN ('photo', 'document', 'consent_form', 'medical')")
