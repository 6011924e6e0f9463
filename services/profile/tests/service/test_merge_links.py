"""Family links in a merge: the duplicate's links move to the survivor without self-links or
doubles, and the undo moves back exactly what moved."""

from datetime import UTC, datetime

from clientcard_kit.contracts import load
from clientcard_profile import contracts
from clientcard_profile.use_cases import clients, merges

from .history_support import STAFF

NOW = datetime.now(UTC)


def _links(db, client_id: str) -> dict:
    return {link["client_id"]: link["relation"] for link in clients.get_linked_clients(db.uow(), client_id)}


def _link(db, client: dict, other: dict, relation: str) -> None:
    current = [{"client_id": k, "relation": v} for k, v in _links(db, client["id"]).items()]
    clients.update_client(
        db.uow(),
        client["id"],
        {"linked_clients": [*current, {"client_id": other["id"], "relation": relation}]},
        region="GB",
        context=STAFF,
    )


def _family(db):
    """A duplicate linked to a child, a partner the survivor also has, and the survivor itself."""
    target, source = db.client(first_name="Survivor"), db.client(first_name="Duplicate")
    child, partner, own = db.client(first_name="Kid"), db.client(first_name="Partner"), db.client(first_name="Own")
    _link(db, source, child, "child")
    _link(db, source, partner, "partner")
    _link(db, source, target, "sibling")
    _link(db, target, partner, "other")
    _link(db, target, own, "parent")
    return target, source, child, partner, own


def test_a_merge_moves_the_duplicates_family_links_without_self_links_or_doubles(db):
    target, source, child, partner, own = _family(db)

    preview = merges.merge_clients(
        db.uow(),
        target["id"],
        load(contracts.MergeInput(), {"source_id": source["id"], "preview": True}),
        context=STAFF,
        now=NOW,
    )
    result = merges.merge_clients(
        db.uow(), target["id"], load(contracts.MergeInput(), {"source_id": source["id"]}), context=STAFF, now=NOW
    )

    assert preview["moving"]["links"] == [child["id"]]
    assert _links(db, target["id"]) == {child["id"]: "child", partner["id"]: "other", own["id"]: "parent"}
    assert _links(db, source["id"]) == {}
    assert _links(db, child["id"]) == {target["id"]: "parent"}
    assert _links(db, partner["id"]) == {target["id"]: "other"}
    assert (
        result["client"]["linked_clients"]
        and "linked_clients" in db.events("client_updated", client_id=target["id"])[-1]["changed"]
    )
    assert "linked_clients" in db.events("client_updated", client_id=child["id"])[-1]["changed"]
    assert result["merge"]["moved"]["links"] == 1 and result["merge"]["moved"]["dropped_links"] == 2


def test_undoing_a_merge_moves_back_exactly_the_links_that_moved_and_restores_the_dropped_ones(db):
    target, source, child, partner, own = _family(db)
    merge = merges.merge_clients(
        db.uow(), target["id"], load(contracts.MergeInput(), {"source_id": source["id"]}), context=STAFF, now=NOW
    )["merge"]
    later = db.client(first_name="Later")
    _link(db, target, later, "ward")  # linked after the merge: stays with the survivor

    undone = merges.undo_merge(db.uow(), merge["id"], context=STAFF, now=NOW)

    assert _links(db, source["id"]) == {child["id"]: "child", partner["id"]: "partner", target["id"]: "sibling"}
    assert _links(db, target["id"]) == {partner["id"]: "other", own["id"]: "parent", later["id"]: "ward", source["id"]: "sibling"}
    assert _links(db, child["id"]) == {source["id"]: "parent"}
    assert _links(db, partner["id"]) == {source["id"]: "partner", target["id"]: "other"}
    assert len(undone["source"]["linked_clients"]) == 3


def test_a_link_removed_after_the_merge_is_not_brought_back_by_the_undo(db):
    target, source, child, partner, own = _family(db)
    merge = merges.merge_clients(
        db.uow(), target["id"], load(contracts.MergeInput(), {"source_id": source["id"]}), context=STAFF, now=NOW
    )["merge"]
    clients.update_client(
        db.uow(), target["id"], {"linked_clients": [{"client_id": own["id"], "relation": "parent"}]}, region="GB", context=STAFF
    )

    merges.undo_merge(db.uow(), merge["id"], context=STAFF, now=NOW)

    assert child["id"] not in _links(db, source["id"])
    assert _links(db, child["id"]) == {}
    assert _links(db, target["id"]) == {own["id"]: "parent", source["id"]: "sibling"}
