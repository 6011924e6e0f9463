"""An erased client's ids from an old system, kept only as a keyed hash.

An import links each row's `external_id` to the client it became. Once that client is erased the plain
id is a link back to the person in the old system, so it goes; its keyed hash stays, so that a rerun of
the old file recognises the row and leaves the person erased instead of importing them again. Without
the key (`ERASURE_KEY`, kept apart from the database) the hash cannot be matched against guessed ids.
"""

from __future__ import annotations

import hashlib
import hmac

PREFIX = "erased:"
SKIPPED_ROW = "its client was erased on request: the row is not imported"


class ErasedIds:
    def __init__(self, key: str):
        self._key = key.encode()

    def of(self, external_id: str) -> str:
        digest = hmac.new(self._key, external_id.encode(), hashlib.sha256).hexdigest()
        return PREFIX + digest
