"""profile's family links, asked for when a linked member uses a shareable credit pack.

nameko 2's RpcProxy has no deadline of its own, so the call gets one here; any failure
becomes a 503 problem that changes nothing.
"""
from __future__ import annotations

import eventlet
from nameko.exceptions import RemoteError, UnknownService

from clientcard_loyalty.exceptions import FamilyLinksUnavailable

TIMEOUT_S = 5.0


def linked_client_ids(profile_proxy, client_id: str) -> set[str]:
    """Ids of the clients linked to `client_id`. Raises FamilyLinksUnavailable (503)."""
    try:
        with eventlet.Timeout(TIMEOUT_S):
            links = profile_proxy.get_linked_clients(str(client_id))
    except (eventlet.Timeout, UnknownService, RemoteError) as error:
        raise FamilyLinksUnavailable(f"profile could not say who is linked to the pack's holder: {error}") from error
    return {str(link["client_id"]) for link in links or []}
