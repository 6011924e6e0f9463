"""The one-click unsubscribe link in every marketing email: signed, no key needed, logged as a preference change."""

from __future__ import annotations

from clientcard_messaging.db.uow import MessagingUnitOfWork
from clientcard_messaging.domain import links
from clientcard_messaging.exceptions import UnsubscribeLinkInvalid
from clientcard_messaging.use_cases.preferences import change

WORDING = "Unsubscribe from marketing (one-click link in the email)"


def unsubscribe(uow: MessagingUnitOfWork, token: str, *, secret: str) -> dict:
    """Turn marketing off for the client the link names. Raises UnsubscribeLinkInvalid (404) for a token we did not sign."""
    try:
        client_id, message_id = links.read_unsubscribe_token(secret, token)
    except links.BadSignature as error:
        raise UnsubscribeLinkInvalid("This unsubscribe link is not one we sent") from error
    with uow:
        new = change(
            uow,
            client_id,
            {"types": {"marketing": False}},
            actor=f"client via message {message_id}",
            source="unsubscribe_link",
            wording=WORDING,
        )
        uow.commit()
    return {"client_id": str(client_id), "marketing": new["types"]["marketing"]}
