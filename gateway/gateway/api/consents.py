"""Consent forms: versioned templates (the whole chain's), signing on a client's card into a PDF,
the client's consents with their status, withdrawal.

Signed consents are health records: reading, signing or withdrawing them needs `files:medical`,
and every read is audited as a medical file read.
"""

from __future__ import annotations

from flask import request
from flask.views import MethodView
from flask_smorest import Blueprint

from gateway import access, sensitive_reads
from gateway.auth import require, requires
from gateway.requests_ctx import rpc
from gateway.schemas.common import ListArgs
from gateway.schemas.consents import (
    ConsentListSchema,
    ConsentSchema,
    ConsentTemplateInSchema,
    ConsentTemplateListSchema,
    ConsentTemplateSchema,
    SignConsentSchema,
    TemplateVersionArgs,
    WithdrawSchema,
)

blp = Blueprint("consents", __name__, url_prefix="/api/v1", description="Consent forms and signed consents")

MEDICAL = access.MEDICAL_FILES


def _audited(client_id: str, consents: list[dict]) -> None:
    sensitive_reads.record(client_id, sensitive_reads.MEDICAL_FILE, [c["file_id"] for c in consents])


@blp.route("/consent-templates")
class ConsentTemplates(MethodView):
    @requires("files:read")
    @blp.arguments(ListArgs, location="query")
    @blp.response(200, ConsentTemplateListSchema)
    def get(self, args):
        """Every consent form, at its latest version, by title."""
        with rpc() as lease:
            return lease.call("files", "list_consent_templates", args["limit"], args["cursor"])

    @requires("files:write")
    @access.whole_chain
    @blp.arguments(ConsentTemplateInSchema)
    @blp.response(201, ConsentTemplateSchema)
    def post(self, data):
        """A new consent form (version 1)."""
        with rpc() as lease:
            return lease.call("files", "create_consent_template", data)


@blp.route("/consent-templates/<template_id>")
class ConsentTemplate(MethodView):
    @requires("files:read")
    @blp.arguments(TemplateVersionArgs, location="query")
    @blp.response(200, ConsentTemplateSchema)
    def get(self, args, template_id):
        """One form, at `?version=` or its latest."""
        with rpc() as lease:
            return lease.call("files", "get_consent_template", template_id, args["version"])

    @requires("files:write")
    @access.whole_chain
    @blp.arguments(ConsentTemplateInSchema)
    @blp.response(200, ConsentTemplateSchema)
    def put(self, data, template_id):
        """Change a form: a new version; consents signed before keep the version they signed."""
        with rpc() as lease:
            return lease.call("files", "revise_consent_template", template_id, data)


@blp.route("/clients/<client_id>/consents")
class ClientConsents(MethodView):
    @requires("files:read")
    @blp.arguments(ListArgs, location="query")
    @blp.response(200, ConsentListSchema)
    def get(self, args, client_id):
        """The client's signed consents, newest first, each `valid`, `expired` or `withdrawn` (`files:medical`)."""
        require(MEDICAL)
        with rpc() as lease:
            lease.call("profile", "get_client", client_id)
            page = lease.call("files", "list_consents", client_id, args["limit"], args["cursor"])
        _audited(client_id, page["items"])
        return page

    @requires("files:write")
    @blp.arguments(SignConsentSchema)
    @blp.response(201, ConsentSchema)
    def post(self, data, client_id):
        """Sign a form for the client: archived as a PDF file (with its sha256); immutable once signed."""
        require(MEDICAL)
        data = {
            **data,
            "template_id": str(data["template_id"]),
            "signed_at": data["signed_at"].isoformat() if data["signed_at"] else None,
            "ip": data["ip"] or request.remote_addr,
            "user_agent": data["user_agent"] or request.user_agent.string,
        }
        with rpc() as lease:
            lease.call("profile", "get_client", client_id)
            return lease.call("files", "sign_consent", client_id, data)


@blp.route("/consents/<consent_id>")
class Consent(MethodView):
    @requires("files:read")
    @blp.response(200, ConsentSchema)
    def get(self, consent_id):
        """One signed consent (`files:medical`)."""
        require(MEDICAL)
        with rpc() as lease:
            consent = lease.call("files", "get_consent", consent_id)
        _audited(consent["client_id"], [consent])
        return consent


@blp.route("/consents/<consent_id>/withdraw")
class WithdrawConsent(MethodView):
    @requires("files:write")
    @blp.arguments(WithdrawSchema)
    @blp.response(200, ConsentSchema)
    def post(self, data, consent_id):
        """Withdraw a consent; logged with who and why. A second withdrawal is a 409."""
        require(MEDICAL)
        with rpc() as lease:
            return lease.call("files", "withdraw_consent", consent_id, data["reason"])
