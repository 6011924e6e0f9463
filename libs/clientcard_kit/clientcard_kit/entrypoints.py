"""nameko's `@rpc`, with our own errors marked expected: a 404 or 422 is an answer, not a crash.

nameko logs an expected error as a warning instead of an error with a traceback, so service logs
show real failures only.
"""
from __future__ import annotations

from nameko.rpc import Rpc

from clientcard_kit.errors import ServiceError


def rpc(method=None, *, expected_exceptions=ServiceError, **kwargs):
    """Use as `@rpc` or `@rpc(sensitive_arguments=...)`."""
    decorator = Rpc.decorator(expected_exceptions=expected_exceptions, **kwargs)
    return decorator(method) if method is not None else decorator
