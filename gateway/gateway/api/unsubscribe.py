"""The one-click unsubscribe link of marketing emails: signed, no API key; GET from the link, POST per RFC 8058."""

from __future__ import annotations

from flask import Response
from flask.views import MethodView
from flask_smorest import Blueprint

from gateway.auth import public
from gateway.requests_ctx import rpc
from gateway.schemas.campaigns import UnsubscribedSchema

blp = Blueprint("unsubscribe", __name__, url_prefix="/api/v1/unsubscribe", description="Unsubscribe links")

PAGE = """<!doctype html><html lang="en"><meta charset="utf-8"><title>Unsubscribed</title>
<body style="font-family:sans-serif;max-width:32em;margin:4em auto"><h1>You are unsubscribed</h1>
<p>You will get no more marketing messages from us. Appointment notices still reach you.</p></body></html>"""


@blp.route("/<token>")
class Unsubscribe(MethodView):
    @public
    @blp.doc(security=[])
    def get(self, token):
        """The link in the email: marketing goes off at once (logged), and a short page says so."""
        with rpc() as lease:
            lease.call("messaging", "unsubscribe", token)
        return Response(PAGE, mimetype="text/html")

    @public
    @blp.doc(security=[])
    @blp.response(200, UnsubscribedSchema)
    def post(self, token):
        """One-click unsubscribe from the mail client (`List-Unsubscribe-Post`)."""
        with rpc() as lease:
            return lease.call("messaging", "unsubscribe", token)
