"""Clients erased before erasure cleared their import bookkeeping still had, in `import_identities.parts`,
the texts their import brought (notes, alerts, consent, card codes): cleared here. Their ids stay plain (a
migration has no ERASURE_KEY to hash them) and keep blocking a rerun, as they did.

Revision ID: 0014
Revises: 0013
"""

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "UPDATE import_identities SET parts = '{}'::jsonb "
        "WHERE parts <> '{}'::jsonb AND client_id IN (SELECT id FROM clients WHERE status = 'erased')"
    )


def downgrade() -> None:
    pass  # what was cleared is gone
