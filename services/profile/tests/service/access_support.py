"""Helpers for the location-access tests: RPC proxies that call as a given API key would."""

from __future__ import annotations

import uuid
from contextlib import contextmanager

import pytest
from nameko.exceptions import RemoteError
from nameko.standalone.rpc import ServiceRpcProxy

from clientcard_kit.providers import access_headers
from clientcard_profile.service import ProfileService

DESK_SCOPES = ("clients:read", "clients:write")


@contextmanager
def as_key(config: dict, location_ids=None, scopes=DESK_SCOPES):
    """A profile proxy whose calls carry a key's access, as the gateway sends it (no arguments: an
    internal caller, trusted with every location and scope)."""
    context = {"request_id": f"req-{uuid.uuid4().hex[:6]}", "actor_id": "key-test", "actor_name": "Test key"}
    if location_ids is not None or scopes is not None:
        context.update(access_headers([str(x) for x in location_ids] if location_ids is not None else None, scopes))
    with ServiceRpcProxy("profile", config, context_data=context, timeout=10) as proxy:
        yield proxy


def internal(config: dict):
    return as_key(config, None, None)


def start_profile(container_factory, config: dict):
    container = container_factory(ProfileService, config)
    container.start()
    return container


def refused(call, *args, **kwargs) -> str:
    """The exception type a profile RPC answered with (fails the test if it answered at all)."""
    with pytest.raises(RemoteError) as raised:
        call(*args, **kwargs)
    return raised.value.exc_type


def location(profile) -> str:
    return profile.create_location({"name": f"Salon {uuid.uuid4().hex[:6]}", "timezone": "Europe/London"})["id"]


def client(profile, **fields) -> dict:
    return profile.create_client({"first_name": "Vis", "last_name": uuid.uuid4().hex[:10], **fields})
