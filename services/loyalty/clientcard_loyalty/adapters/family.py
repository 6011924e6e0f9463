"""profile's family links, asked for when a linked member uses a shareable credit pack.

Any failure, profile's own problems included, becomes a 503 problem that changes nothing:
the pack's rules cannot be checked without the links.
"""

from __future__ import annotations

from clientcard_kit import remote_calls
from clientcard_kit.errors import RemoteProblem
from clientcard_loyalty.exceptions import FamilyLinksUnavailable


def linked_client_ids(profile_proxy, client_id: str, *, deadline_s: float) -> set[str]:
    """Ids of the clients linked to `client_id`. Raises FamilyLinksUnavailable (503)."""
    try:
        links = remote_calls.call(
            profile_proxy,
            "profile",
            "get_linked_clients",
            str(client_id),
            deadline_s=deadline_s,
            unavailable=FamilyLinksUnavailable,
        )
    except RemoteProblem as problem:
        raise FamilyLinksUnavailable(f"profile could not say who is linked to the pack's holder: {problem.title}") from problem
    return {str(link["client_id"]) for link in links or []}
