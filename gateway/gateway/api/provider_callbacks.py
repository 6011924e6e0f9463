"""Delivery reports and inbound messages from the SMS, email and push providers: no API key, their own proof.

A callback is signed (`Clientcard-Timestamp`, `Clientcard-Signature: sha256=<HMAC of "<timestamp>.<body>">`)
or carries the shared secret (`X-Provider-Secret`, or as the password of HTTP basic auth in the callback
URL, for providers that can only do that). messaging checks it; anything else is a 401.
"""

from __future__ import annotations

from flask import request
from flask.views import MethodView
from flask_smorest import Blueprint

from gateway.auth import public
from gateway.requests_ctx import rpc
from gateway.schemas.campaigns import CallbackResultSchema

blp = Blueprint(
    "provider_callbacks",
    __name__,
    url_prefix="/api/v1/provider-callbacks",
    description="Provider callbacks (authenticated by signature, not by API key)",
)


@blp.url_value_preprocessor
def keep_raw_body(endpoint, values) -> None:
    """Runs before every before_request hook: the signature covers the exact bytes, and parsing a form
    (the input guard does) would consume them, so they are cached first and parsed from the cache."""
    request.get_data(cache=True)


def _shared_secret() -> str | None:
    if request.headers.get("X-Provider-Secret"):
        return request.headers["X-Provider-Secret"]
    return request.authorization.password if request.authorization else None


@blp.route("/<provider>")
class ProviderCallback(MethodView):
    @public
    @blp.doc(
        security=[],
        requestBody={
            "content": {
                "application/x-www-form-urlencoded": {"schema": {"type": "object"}},
                "application/json": {"schema": {"type": "object"}},
            }
        },
    )
    @blp.response(200, CallbackResultSchema)
    def post(self, provider):
        """A delivery report (the message moves to delivered or failed with the provider's reason) or a client's
        reply (it joins the thread of the client it came from). `provider`: twilio, smtp, fcm."""
        forwarded = {
            "content_type": request.content_type,
            "body": request.get_data(as_text=True),
            "timestamp": request.headers.get("Clientcard-Timestamp"),
            "signature": request.headers.get("Clientcard-Signature"),
            "shared_secret": _shared_secret(),
        }
        with rpc() as lease:
            return lease.call("messaging", "receive_provider_callback", provider, forwarded)
