"""Calls to profile and loyalty, behind small ports the use cases depend on.

Each call goes through the kit's `remote_calls.call`: a deadline, a peer's problem passed on with
its status (RemoteProblem), and DependencyUnavailable (503) for a peer that is slow, down or broken.
"""

from __future__ import annotations

from clientcard_billing.exceptions import DependencyUnavailable
from clientcard_kit import remote_calls


def _call(proxy, service: str, method: str, *args, timeout_s: float):
    return remote_calls.call(proxy, service, method, *args, deadline_s=timeout_s, unavailable=DependencyUnavailable)


class ProfileDirectory:
    """profile's view of clients: `get_client` (404 if unknown) and linked family members."""

    def __init__(self, proxy, timeout_s: float):
        self._proxy, self._timeout_s = proxy, timeout_s

    def get_client(self, client_id: str) -> dict:
        return _call(self._proxy, "profile", "get_client", str(client_id), timeout_s=self._timeout_s)

    def linked_client_ids(self, client_id: str) -> set[str]:
        linked = _call(self._proxy, "profile", "get_linked_clients", str(client_id), timeout_s=self._timeout_s)
        return {str(link["client_id"]) for link in linked or []}

    def linked(self, client_id: str, other_id: str) -> bool:
        """True when either client lists the other among its linked clients."""
        return str(other_id) in self.linked_client_ids(client_id) or str(client_id) in self.linked_client_ids(other_id)


class LoyaltyGiftCards:
    """loyalty's hold-and-confirm for gift cards."""

    def __init__(self, proxy, timeout_s: float):
        self._proxy, self._timeout_s = proxy, timeout_s

    def hold(self, code: str, amount_minor: int, currency: str, hold_key: str) -> dict:
        return _call(self._proxy, "loyalty", "hold_gift_card", code, amount_minor, currency, hold_key, timeout_s=self._timeout_s)

    def confirm(self, hold_id: str, payment_id: str | None = None) -> None:
        _call(self._proxy, "loyalty", "confirm_gift_card_hold", hold_id, payment_id, timeout_s=self._timeout_s)

    def release(self, hold_id: str) -> None:
        _call(self._proxy, "loyalty", "release_gift_card_hold", hold_id, timeout_s=self._timeout_s)
