"""What messaging asks profile over RPC: a client's record, an address's owner, a location's clock, a segment.

Each call goes through the kit's `remote_calls.call`, so a profile that is slow or down parks the
event (or answers the RPC with a 503) instead of hanging; "not found" is an answer, any other
problem of profile's is raised as it came (a parked event is retried, never dropped).
"""

from __future__ import annotations

from clientcard_kit import remote_calls
from clientcard_kit.errors import RemoteProblem, ServiceUnavailable

SEGMENT_PAGE = 2000


class ProfileUnavailable(ServiceUnavailable):
    """profile did not answer in time, is not running or failed: the event is parked and retried."""


def is_restricted(client: dict | None) -> bool:
    """Restriction of processing (H6's `restricted`), an erased or a missing client: no automatic notices."""
    return client is None or bool(client.get("restricted")) or client.get("status") == "erased"


class ProfileLookups:
    def __init__(self, profile_proxy, deadline_s: float):
        self._proxy, self._deadline_s = profile_proxy, deadline_s

    def _call(self, method: str, *args):
        return remote_calls.call(
            self._proxy, "profile", method, *args, deadline_s=self._deadline_s, unavailable=ProfileUnavailable
        )

    def client_or_none(self, client_id: str) -> dict | None:
        try:
            return self._call("get_client", str(client_id))
        except RemoteProblem as problem:
            if problem.code != "ClientNotFound":
                raise  # profile is unwell: park and retry, never drop
            return None

    def reminder_clock(self, location_id: str | None, default_hour: int) -> tuple[str | None, int]:
        """The location's time zone and reminder hour (its own, else `default_hour`); UTC for no or an unknown location."""
        location = {}
        if location_id:
            try:
                location = self._call("get_location", location_id)
            except RemoteProblem as problem:
                if problem.code != "LocationNotFound":
                    raise  # profile is unwell: park and retry, never plan by the wrong clock
        hour = location.get("reminder_hour")
        return location.get("timezone"), default_hour if hour is None else hour

    def client_by_address(self, address: str) -> str | None:
        """The one client whose phone or email this is (None for none, or for several: we do not guess)."""
        found = self._call("search_clients", {"q": address, "limit": 2, "status": "all"})["items"]
        return found[0]["id"] if len(found) == 1 else None

    def segment_recipients(self, segment: dict):
        """Every client in the segment, `{id, email, phone, restricted}`, a page of profile's batch RPC at a time."""
        after = None
        while True:
            page = self._call("find_segment_clients", segment, after, SEGMENT_PAGE)
            yield from page
            if len(page) < SEGMENT_PAGE:
                return
            after = page[-1]["id"]
