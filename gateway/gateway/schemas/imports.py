"""Public schemas of client imports and the export."""

from flask_smorest.fields import Upload
from marshmallow import Schema, fields, validate

COLUMNS_DESCRIPTION = (
    "CSV (UTF-8 or Windows-1252) or XLSX, at most 10 MB; the first row names the columns. "
    "kind=clients: client columns (first_name, last_name, email, phone, ... `custom <key>`), and optional, "
    "with these exact names: `external_id` (the old system's id: a rerun updates, never duplicates; required "
    "with any money, points or card column), `home_location` (a location name or id), `opening_balance` "
    "(signed decimal in the chain's currency: positive prepaid, negative owed; one ledger transaction against "
    "equity), `points` and `points_expire_on` (one lot; default expiry as earned points), `gift_card_code`, "
    "`gift_card_balance`, `gift_card_expires_on`, `membership_name`, `membership_next_payment_on`, "
    "`credits_name`, `credits_remaining`, `notes` (a note), `alert` (a pinned alert), `marketing_opt_in` "
    "(yes/no), `consent_source` (required with yes), `consent_at` (RFC 3339). Each part is posted once per "
    "external_id: the same values again change nothing, other values are a `conflict` in the report. "
    "kind=visits: `client_external_id`, `starts_at` (RFC 3339), `service`, `staff`, `location` (name or id), "
    "`status` (default completed), `price` (decimal), optional `external_id`; imported visits earn no points, "
    "send no notices and fire no webhooks; a completed visit's price counts once (per visit external_id) in the "
    "client's total spent, total paid and statistics, as a sale settled in the old system: no balance moves. "
    "Dates are YYYY-MM-DD or DD/MM/YYYY."
)


class ImportUploadSchema(Schema):
    """A multipart/form-data body: the file, its kind and the dry-run flag side by side."""

    file = Upload(required=True, metadata={"description": COLUMNS_DESCRIPTION})
    kind = fields.String(
        load_default="clients",
        validate=validate.OneOf(("clients", "visits")),
        metadata={"description": "clients (default) or visits (past visits of imported clients)"},
    )
    dry_run = fields.Boolean(
        load_default=False,
        metadata={
            "description": "validate every row against every service's rules and report per row what would happen, "
            "with the totals; create and post nothing"
        },
    )


class ImportCountsSchema(Schema):
    rows = fields.Integer()
    created = fields.Integer(metadata={"description": "created, or that would be in a dry run"})
    updated = fields.Integer(metadata={"description": "clients found by external_id and updated"})
    conflicts = fields.Integer(metadata={"description": "rows whose external_id was imported with other values"})
    skipped = fields.Integer()
    duplicates = fields.Integer()
    errors = fields.Integer()


class ImportProblemSchema(Schema):
    row = fields.Integer(metadata={"description": "the row number as the spreadsheet shows it (header = 1)"})
    field = fields.String()
    message = fields.String()
    kind = fields.String(
        metadata={
            "description": "error, duplicate, conflict or skipped; in a dry run also would_create, would_update "
            "or would_import (what the row would do)"
        }
    )


class ImportProgressSchema(Schema):
    phase = fields.String(
        metadata={
            "description": "queued; validating (every row checked against every service's rules: `done` of `total` "
            "rows of the file, updated as it goes); posting (`done` of `total` valid rows posted); "
            "reconciling (a real client import is posted, the ledger and loyalty are still catching "
            "up: see `reconciliation`); completed or failed"
        }
    )
    done = fields.Integer(metadata={"description": "rows done in this phase"})
    total = fields.Integer(metadata={"description": "rows this phase goes through"})
    planned = fields.Integer(metadata={"description": "valid rows to post"})
    posted = fields.Integer(metadata={"description": "rows posted so far"})


class ImportTotalsSchema(Schema):
    """What the valid rows bring (a dry run's promise); amounts in minor units of `currency`."""

    clients = fields.Integer()
    created = fields.Integer()
    updated = fields.Integer()
    conflicts = fields.Integer()
    currency = fields.String(allow_none=True)
    balances = fields.Integer(metadata={"description": "clients with an opening balance"})
    balance_positive_minor = fields.Integer(metadata={"description": "sum of prepaid opening balances"})
    balance_negative_minor = fields.Integer(metadata={"description": "sum of owed opening balances (negative)"})
    points = fields.Integer()
    gift_cards = fields.Integer()
    gift_card_minor = fields.Integer()
    memberships = fields.Integer()
    credit_packs = fields.Integer()
    visits = fields.Integer(metadata={"description": "kind=visits"})
    price_minor = fields.Integer(metadata={"description": "kind=visits: sum of the visits' prices"})


class ImportReconciliationSchema(Schema):
    ledger = fields.Dict(allow_none=True, metadata={"description": "billing: clients, positive_minor, negative_minor"})
    loyalty = fields.Dict(
        allow_none=True, metadata={"description": "points, gift_cards, gift_card_minor, memberships, credit_packs"}
    )
    differences = fields.Dict(metadata={"description": "each total that differs: the file's and the service's"})
    matches = fields.Boolean()


class ImportSchema(Schema):
    id = fields.String()
    status = fields.String(
        metadata={
            "description": "queued (waiting or validating), running (posting), completed or failed; `progress` "
            "says which phase and how far"
        }
    )
    kind = fields.String()
    dry_run = fields.Boolean()
    filename = fields.String(allow_none=True)
    columns = fields.Dict(metadata={"description": "which column became which field, and the ignored headers"})
    counts = fields.Nested(ImportCountsSchema)
    report = fields.List(fields.Nested(ImportProblemSchema))
    progress = fields.Nested(ImportProgressSchema)
    totals = fields.Nested(ImportTotalsSchema, allow_none=True)
    reconciliation = fields.Nested(
        ImportReconciliationSchema,
        metadata={"description": "a completed real client import: its totals as the ledger and loyalty hold them"},
    )
    created_at = fields.String(metadata={"format": "date-time"})
    finished_at = fields.String(allow_none=True, metadata={"format": "date-time"})


class ExportArgs(Schema):
    status = fields.String(load_default="active", validate=validate.OneOf(("active", "archived", "all")))
