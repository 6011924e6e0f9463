"""What a provider's callback says, read into one shape (pure): a delivery report or an inbound message.

twilio: a form with MessageSid and MessageStatus (a report), or From/To/Body without a status (an SMS in).
smtp / email: JSON `{"event": "delivered"|"bounced"|"failed"|"inbound", "message_id", "reason",
"from", "subject", "text", "in_reply_to"}` from the mail relay's webhook.
fcm: JSON `{"message_id": <name>, "status": "delivered"|"failed", "reason"}`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import parse_qs

PROVIDERS = {"twilio": "sms", "smtp": "email", "email": "email", "fcm": "push"}
DELIVERED = {"delivered", "read"}
FAILED = {"failed", "undelivered", "bounced", "rejected", "dropped"}


class UnreadableCallback(ValueError):
    pass


@dataclass(frozen=True)
class Report:
    provider_message_id: str
    status: str | None  # delivered, failed, or None for an interim state (sent, queued) we keep as it is
    reason: str | None


@dataclass(frozen=True)
class Inbound:
    channel: str
    address: str
    subject: str | None
    body: str
    in_reply_to: str | None


def _status(raw: str | None) -> str | None:
    raw = (raw or "").lower()
    return "delivered" if raw in DELIVERED else "failed" if raw in FAILED else None


def read(provider: str, content_type: str, body: str) -> Report | Inbound:
    """Raises UnreadableCallback for a provider we do not know or a body it would not send."""
    if provider not in PROVIDERS:
        raise UnreadableCallback(f"unknown provider {provider!r}")
    try:
        if provider == "twilio":
            form = {key: values[0] for key, values in parse_qs(body, keep_blank_values=True).items()}
            status = form.get("MessageStatus") or form.get("SmsStatus")
            if status and status.lower() != "received":
                reason = " ".join(x for x in (form.get("ErrorCode"), form.get("ErrorMessage")) if x) or None
                return Report(form["MessageSid"], _status(status), reason)
            return Inbound("sms", form["From"], None, form.get("Body", ""), None)
        data = json.loads(body)
        if provider == "fcm":
            return Report(str(data["message_id"]), _status(data.get("status")), data.get("reason"))
        if data.get("event") == "inbound":
            return Inbound("email", data["from"], data.get("subject"), data.get("text", ""), data.get("in_reply_to"))
        return Report(str(data["message_id"]), _status(data.get("event")), data.get("reason"))
    except (KeyError, TypeError, ValueError) as error:
        raise UnreadableCallback(f"not a {provider} callback: {error}") from error


def replied_message_id(in_reply_to: str | None) -> str | None:
    """Our message id inside the Message-ID a reply quotes (`<…{message id}…@domain>`), if it is ours."""
    if not in_reply_to:
        return None
    found = re.search(r"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})", in_reply_to)
    return found.group(1) if found else None
