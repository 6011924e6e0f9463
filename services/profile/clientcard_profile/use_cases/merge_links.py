"""Family links in a merge: the duplicate's links move to the survivor, and an undo moves back
exactly those (and restores the ones the merge had to drop).

Called inside the merge's (or undo's) open unit of work; nothing here commits.
"""

from __future__ import annotations

import uuid

from clientcard_kit.providers import CallContext
from clientcard_profile.db.models import Client
from clientcard_profile.db.uow import ProfileUnitOfWork
from clientcard_profile.domain import merge_plan
from clientcard_profile.domain.relations import inverse
from clientcard_profile.use_cases.audit import record_changes


def plan_links(uow: ProfileUnitOfWork, target: Client, source: Client) -> tuple[dict, dict]:
    """`(moving, dropped)`, each `{other client id: what the other is to the duplicate}`."""
    return merge_plan.link_moves(target.id, source.id, uow.links.relations_of(source.id), uow.links.relations_of(target.id))


def _recorded(links: dict) -> list[dict]:
    return [{"client_id": str(other), "relation": relation} for other, relation in sorted(links.items())]


def _announce(uow: ProfileUnitOfWork, changes: dict[uuid.UUID, dict], context: CallContext | None, action: str) -> None:
    """Audit and announce the link changes of the third clients (the survivor's and the duplicate's
    own changes are audited by the merge itself)."""
    for other, fields in sorted(changes.items()):
        record_changes(uow, other, fields, context, action)
        uow.outbox.add("client_updated", {"client_id": str(other), "changed": ["linked_clients"]})


def move_links(
    uow: ProfileUnitOfWork, target: Client, source: Client, moving: dict, dropped: dict, context: CallContext | None
) -> dict:
    """Move `moving` from the duplicate to the survivor and remove `dropped`; the record of both,
    `{links: [{client_id, relation}], dropped_links: [...]}`, for the merge row (and its undo)."""
    third_party: dict[uuid.UUID, dict] = {}
    for other, relation in moving.items():
        uow.links.unlink(source.id, other)
        uow.links.link(target.id, other, relation, inverse(relation))
        third_party[other] = {
            f"linked_clients.{source.id}": (inverse(relation), None),
            f"linked_clients.{target.id}": (None, inverse(relation)),
        }
    for other, relation in dropped.items():
        uow.links.unlink(source.id, other)
        if other != target.id:  # the survivor's change shows in its own audit of the merge
            third_party[other] = {f"linked_clients.{source.id}": (inverse(relation), None)}
    uow.flush()
    _announce(uow, third_party, context, "merged")
    return {"links": _recorded(moving), "dropped_links": _recorded(dropped)}


def move_links_back(
    uow: ProfileUnitOfWork, target: Client, source: Client, moved: dict, context: CallContext | None
) -> dict[str, tuple]:
    """Undo `move_links`: the links that moved and still exist go back to the duplicate (with their
    relation as it is now), the dropped ones are restored. A link removed since the merge stays
    removed, and nothing makes a second link between the same two clients. Answers the duplicate's
    own link changes `{linked_clients.<other>: (old, new)}` for its audit."""
    source_changes: dict[str, tuple] = {}
    third_party: dict[uuid.UUID, dict] = {}
    survivor_links = uow.links.relations_of(target.id)
    duplicate_links = uow.links.relations_of(source.id)
    for entry in moved.get("links", []):
        other = uuid.UUID(entry["client_id"])
        relation = survivor_links.get(other)
        if relation is None or other in duplicate_links:
            continue
        uow.links.unlink(target.id, other)
        uow.links.link(source.id, other, relation, inverse(relation))
        duplicate_links[other] = relation
        source_changes[f"linked_clients.{other}"] = (None, relation)
        third_party[other] = {
            f"linked_clients.{target.id}": (inverse(relation), None),
            f"linked_clients.{source.id}": (None, inverse(relation)),
        }
    for entry in moved.get("dropped_links", []):
        other, relation = uuid.UUID(entry["client_id"]), entry["relation"]
        if other in duplicate_links or other == source.id or uow.clients.get(other) is None:  # erased since
            continue
        uow.links.link(source.id, other, relation, inverse(relation))
        duplicate_links[other] = relation
        source_changes[f"linked_clients.{other}"] = (None, relation)
        if other != target.id:
            third_party[other] = {f"linked_clients.{source.id}": (None, inverse(relation))}
    uow.flush()
    _announce(uow, third_party, context, "merge_undone")
    return source_changes
