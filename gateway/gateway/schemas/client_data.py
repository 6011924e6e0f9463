"""Public schemas of the GDPR endpoints: the export document, erasure requests and their progress.

The export's sections use the very schemas of the routes that show each thing, so a field reads the
same in the export as in the API.
"""

from marshmallow import Schema, fields, validate

from gateway.schemas.balance import BalanceSchema, CardOnFileSchema
from gateway.schemas.clients import AuditEntrySchema, ClientSchema
from gateway.schemas.files import FileSchema
from gateway.schemas.invoices import InvoiceSchema
from gateway.schemas.loyalty import LoyaltySchema
from gateway.schemas.messages import MessageSchema, PreferencesSchema
from gateway.schemas.notes import NoteSchema
from gateway.schemas.visits import VisitSchema


class ProfileExportSchema(Schema):
    client = fields.Nested(ClientSchema, metadata={"description": "the record with its custom fields"})
    notes = fields.List(fields.Nested(NoteSchema), metadata={"description": "clinical ones with `notes:clinical`"})
    visits = fields.List(fields.Nested(VisitSchema))
    merges = fields.List(fields.Dict(), metadata={"description": "merges this client survived or was merged away by"})
    audit = fields.List(fields.Nested(AuditEntrySchema), metadata={"description": "who changed what, when"})
    sealed = fields.List(
        fields.Dict(),
        metadata={"description": "an erased client's health records kept sealed until `delete_after` (admins only)"},
    )


class BillingExportSchema(Schema):
    account = fields.Nested(BalanceSchema, allow_none=True, metadata={"description": "balance with every entry"})
    invoices = fields.List(fields.Nested(InvoiceSchema))
    cards = fields.List(fields.Nested(CardOnFileSchema), metadata={"description": "cards on file (tokens masked)"})


class MessagingExportSchema(Schema):
    messages = fields.List(fields.Nested(MessageSchema))
    calls = fields.List(fields.Dict())
    notification_preferences = fields.Nested(PreferencesSchema)
    preference_changes = fields.List(fields.Dict(), metadata={"description": "who changed the opt-outs, when, how"})


class FilesExportSchema(Schema):
    files = fields.List(fields.Nested(FileSchema), metadata={"description": "metadata with short-lived download links"})
    link_expires_in_s = fields.Integer()


class ExportSchema(Schema):
    client_id = fields.String()
    generated_at = fields.String(metadata={"format": "date-time"})
    profile = fields.Nested(ProfileExportSchema, allow_none=True)
    billing = fields.Nested(BillingExportSchema, allow_none=True)
    loyalty = fields.Nested(LoyaltySchema, allow_none=True)
    messaging = fields.Nested(MessagingExportSchema, allow_none=True)
    files = fields.Nested(FilesExportSchema, allow_none=True)
    restricted_sections = fields.List(
        fields.String(), metadata={"description": "sections this key's scopes do not cover (they are null)"}
    )


class EraseSchema(Schema):
    reason = fields.String(required=True, validate=validate.Length(min=3, max=500))


class ErasureSchema(Schema):
    id = fields.String()
    client_id = fields.String()
    status = fields.String(validate=validate.OneOf(("in_progress", "completed")))
    reason = fields.String()
    requested_at = fields.String(metadata={"format": "date-time"})
    completed_at = fields.String(allow_none=True, metadata={"format": "date-time"})
    services = fields.Dict(
        keys=fields.String(),
        values=fields.Dict(),
        metadata={"description": "per service: `{status: pending|done, at}`", "example": {"billing": {"status": "done"}}},
    )
