"""A location-limited key sees only clients homed, visited or invoiced at its locations, on every RPC;
for any other client profile answers exactly as for one that does not exist."""

import time
import uuid
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from nameko.standalone.events import event_dispatcher
from nameko.testing.services import entrypoint_waiter

from .access_support import as_key, client, internal, location, refused, start_profile

LATER = (datetime.now(UTC) + timedelta(days=3)).replace(microsecond=0).isoformat()


def _hidden_setup(profile):
    """Two locations; a client homed at the second, with a note, a visit and a merge of its own."""
    mine, theirs = location(profile), location(profile)
    other = client(profile, home_location_id=theirs)
    note = profile.add_note(other["id"], {"body": "allergic to latex", "kind": "alert"})
    visit = profile.save_visit(other["id"], {"starts_at": LATER, "location_id": theirs})["visit"]
    duplicate = client(profile, home_location_id=theirs)
    merge = profile.merge_clients(other["id"], {"source_id": duplicate["id"]})["merge"]
    return mine, theirs, other, note, visit, merge


def test_a_location_limited_key_gets_not_found_for_a_client_of_another_location_on_every_rpc(container_factory, service_config):
    start_profile(container_factory, service_config)
    with internal(service_config) as admin:
        mine, _, other, note, visit, merge = _hidden_setup(admin)
        own = client(admin, home_location_id=mine)
    cid = other["id"]

    with as_key(service_config, [mine], ["clients:read", "clients:write", "notes:clinical"]) as desk:
        for call, args in [
            (desk.get_client, (cid,)),
            (desk.get_card_section, (cid,)),
            (desk.update_client, (cid, {"tags": ["x"]})),
            (desk.archive_client, (cid,)),
            (desk.restore_client, (cid,)),
            (desk.get_linked_clients, (cid,)),
            (desk.list_client_audit, (cid,)),
            (desk.list_notes, (cid,)),
            (desk.add_note, (cid, {"body": "hi"})),
            (desk.list_visits, (cid,)),
            (desk.save_visit, (cid, {"starts_at": LATER})),
            (desk.find_duplicates, (cid,)),
            (desk.merge_clients, (cid, {"source_id": own["id"]})),
            (desk.get_client_access, (cid,)),
        ]:
            assert refused(call, *args) == "ClientNotFound", call
        for call, args in [
            (desk.update_note, (note["id"], {"body": "changed"})),
            (desk.delete_note, (note["id"],)),
            (desk.acknowledge_note, (note["id"],)),
            (desk.get_note_owner, (note["id"],)),
        ]:
            assert refused(call, *args) == "NoteNotFound", call
        assert refused(desk.update_visit, visit["id"], {"comment": "x"}) == "VisitNotFound"
        assert refused(desk.get_visit_owner, visit["id"]) == "VisitNotFound"
        assert refused(desk.get_merge_owner, merge["id"]) == "MergeNotFound"
        assert refused(desk.undo_merge, merge["id"]) == "MergeNotFound"
        # the key's own client answers, and a hidden duplicate is answered as an unknown one
        assert desk.get_client(own["id"])["id"] == own["id"]
        assert refused(desk.merge_clients, own["id"], {"source_id": cid}) == "MergeInvalid"

    with internal(service_config) as admin:  # nothing changed behind the refusals
        after = admin.get_client(cid)
        assert (after["tags"], after["status"]) == ([], "active")
        assert admin.list_notes(cid)["items"][0]["body"] == "allergic to latex"
        assert admin.get_merge_owner(merge["id"]) == {"client_id": cid, "source_id": merge["source_id"]}


def test_a_hidden_client_becomes_visible_through_a_visit_at_the_keys_location(container_factory, service_config):
    start_profile(container_factory, service_config)
    with internal(service_config) as admin:
        mine, theirs = location(admin), location(admin)
        other = client(admin, home_location_id=theirs)
    with as_key(service_config, [mine]) as desk:
        assert refused(desk.get_client, other["id"]) == "ClientNotFound"

    with internal(service_config) as admin:
        visit = admin.save_visit(other["id"], {"starts_at": LATER, "location_id": mine})["visit"]

    with as_key(service_config, [mine]) as desk:
        assert desk.get_client(other["id"])["id"] == other["id"]
        assert desk.get_visit_owner(visit["id"]) == {"client_id": other["id"]}
        access = desk.get_client_access(other["id"])
    assert access["home_location_id"] == theirs
    assert sorted(access["location_ids"]) == sorted([mine, theirs])
    assert access["status"] == "active"


def test_a_visit_moved_to_another_location_takes_the_clients_visibility_with_it(container_factory, service_config):
    start_profile(container_factory, service_config)
    with internal(service_config) as admin:
        mine, theirs = location(admin), location(admin)
        other = client(admin, home_location_id=theirs)
        visit = admin.save_visit(other["id"], {"starts_at": LATER, "location_id": mine})["visit"]
        admin.update_visit(visit["id"], {"location_id": theirs})

    with as_key(service_config, [mine]) as desk:
        assert refused(desk.get_client, other["id"]) == "ClientNotFound"
        assert desk.search_clients({"q": other["last_name"]})["items"] == []


def _invoice_event(client_id: str, location_id: str | None, invoice_id: str | None = None, event_id=None) -> dict:
    return {
        "event_id": event_id or str(uuid.uuid4()),
        "occurred_at": datetime.now(UTC).isoformat(),
        "version": 1,
        "invoice_id": invoice_id or str(uuid.uuid4()),
        "client_id": client_id,
        "location_id": location_id,
        "visit_id": None,
        "total_minor": 1200,
        "currency": "GBP",
    }


def _invoice_locations(database_url: str, client_id: str) -> list[str]:
    engine = sa.create_engine(database_url)
    try:
        with engine.connect() as conn:
            return (
                conn.execute(sa.text("SELECT location_id::text FROM invoice_locations WHERE client_id = :c"), {"c": client_id})
                .scalars()
                .all()
            )
    finally:
        engine.dispose()


def test_an_invoice_issued_at_the_keys_location_makes_the_client_visible_and_a_redelivery_changes_nothing(
    container_factory, service_config, profile_database_url
):
    container = start_profile(container_factory, service_config)
    with internal(service_config) as admin:
        mine, theirs, elsewhere = location(admin), location(admin), location(admin)
        other = client(admin, home_location_id=theirs)
    dispatch = event_dispatcher(service_config)
    first = _invoice_event(other["id"], mine)

    with entrypoint_waiter(container, "handle_invoice_issued", timeout=10):
        dispatch("billing", "invoice_issued", first)

    with as_key(service_config, [mine]) as desk:
        assert desk.get_client(other["id"])["id"] == other["id"]
    # the same event again, even with another location in it, is a redelivery: it changes nothing
    redelivered = {**first, "location_id": elsewhere, "invoice_id": str(uuid.uuid4())}
    with entrypoint_waiter(container, "handle_invoice_issued", timeout=10):
        dispatch("billing", "invoice_issued", redelivered)
    with as_key(service_config, [elsewhere]) as other_desk:
        assert refused(other_desk.get_client, other["id"]) == "ClientNotFound"
    assert _invoice_locations(profile_database_url, other["id"]) == [mine]


def test_an_invoice_announced_by_billings_backfill_makes_the_client_visible_once(
    container_factory, service_config, profile_database_url
):
    container = start_profile(container_factory, service_config)
    with internal(service_config) as admin:
        mine, theirs = location(admin), location(admin)
        other = client(admin, home_location_id=theirs)
    known = _invoice_event(other["id"], mine)
    dispatch = event_dispatcher(service_config)
    for event in (known, {**known, "event_id": str(uuid.uuid4())}):  # a second backfill of the same invoice
        with entrypoint_waiter(container, "handle_invoice_location_known", timeout=10):
            dispatch("billing", "invoice_location_known", event)

    with as_key(service_config, [mine]) as desk:
        assert desk.get_client(other["id"])["id"] == other["id"]
    assert _invoice_locations(profile_database_url, other["id"]) == [mine]


def test_an_invoice_without_a_location_shows_the_client_to_no_limited_key(container_factory, service_config):
    container = start_profile(container_factory, service_config)
    with internal(service_config) as admin:
        mine = location(admin)
        homeless = client(admin)
    with entrypoint_waiter(container, "handle_invoice_issued", timeout=10):
        event_dispatcher(service_config)("billing", "invoice_issued", _invoice_event(homeless["id"], None))

    with as_key(service_config, [mine]) as desk:
        assert refused(desk.get_client, homeless["id"]) == "ClientNotFound"
    with as_key(service_config, None, ["clients:read"]) as unlimited:
        assert unlimited.get_client_access(homeless["id"])["location_ids"] == []


def test_clinical_notes_are_hidden_without_the_scope_even_when_asked_for(container_factory, service_config):
    start_profile(container_factory, service_config)
    with internal(service_config) as admin:
        person = client(admin)
        admin.add_note(person["id"], {"body": "diagnosis", "kind": "clinical", "pinned": True}, True)
        admin.add_note(person["id"], {"body": "latex", "kind": "alert"})

    with as_key(service_config, None, ["clients:read"]) as desk:
        listed = desk.list_notes(person["id"], True)["items"]
        alerts = desk.get_card_section(person["id"])["alerts"]
        only_clinical = desk.list_notes(person["id"], True, "clinical")["items"]
        assert refused(desk.add_note, person["id"], {"body": "x", "kind": "clinical"}, True) == "ClinicalNoteForbidden"
    with as_key(service_config, None, ["clients:read", "notes:clinical"]) as clinician:
        with_scope = clinician.list_notes(person["id"], True)["items"]
        without_asking = clinician.list_notes(person["id"])["items"]  # the stricter of the two wins
        clinician_alerts = clinician.get_card_section(person["id"])["alerts"]
    with internal(service_config) as admin:
        internal_alerts = admin.get_card_section(person["id"])["alerts"]

    assert [n["kind"] for n in listed] == ["alert"] and only_clinical == []
    assert [a["kind"] for a in alerts] == ["alert"]
    assert sorted(n["kind"] for n in with_scope) == ["alert", "clinical"]
    assert [n["kind"] for n in without_asking] == ["alert"]
    assert sorted(a["kind"] for a in clinician_alerts) == sorted(a["kind"] for a in internal_alerts) == ["alert", "clinical"]


def test_a_location_limited_key_sees_only_its_own_locations(container_factory, service_config):
    start_profile(container_factory, service_config)
    with internal(service_config) as admin:
        mine, theirs = location(admin), location(admin)

    with as_key(service_config, [mine]) as desk:
        listed = [loc["id"] for loc in desk.list_locations()]
        assert desk.get_location(mine)["id"] == mine
        assert refused(desk.get_location, theirs) == "LocationNotFound"
        assert refused(desk.update_location, theirs, {"name": "Mine now"}) == "LocationNotFound"
    with internal(service_config) as admin:
        everything = [loc["id"] for loc in admin.list_locations()]

    assert listed == [mine]
    assert {mine, theirs} <= set(everything)


def test_a_limited_key_sees_only_the_linked_clients_it_may_see_and_keeps_the_others_links(container_factory, service_config):
    start_profile(container_factory, service_config)
    with internal(service_config) as admin:
        mine, theirs = location(admin), location(admin)
        hidden_parent = client(admin, home_location_id=theirs)
        child = client(admin, home_location_id=mine, linked_clients=[{"client_id": hidden_parent["id"], "relation": "parent"}])
        sibling = client(admin, home_location_id=mine)

    with as_key(service_config, [mine]) as desk:
        assert desk.get_linked_clients(child["id"]) == []
        assert desk.get_client(child["id"])["linked_clients"] == []
        bad = refused(
            desk.update_client, child["id"], {"linked_clients": [{"client_id": hidden_parent["id"], "relation": "parent"}]}
        )
        desk.update_client(child["id"], {"linked_clients": [{"client_id": sibling["id"], "relation": "sibling"}]})
    with internal(service_config) as admin:
        links = {link["client_id"]: link["relation"] for link in admin.get_linked_clients(child["id"])}

    assert bad == "ClientInvalid"  # a hidden client is an unknown one
    assert links == {hidden_parent["id"]: "parent", sibling["id"]: "sibling"}


def test_an_invoice_issued_while_profile_is_down_is_recorded_when_it_is_back(container_factory, service_config):
    first = start_profile(container_factory, service_config)  # its start declares the durable queue
    with internal(service_config) as admin:
        mine, theirs = location(admin), location(admin)
        other = client(admin, home_location_id=theirs)
    first.stop()

    event_dispatcher(service_config)("billing", "invoice_issued", _invoice_event(other["id"], mine))
    start_profile(container_factory, service_config)

    deadline = time.monotonic() + 10
    with internal(service_config) as admin:
        while mine not in (linked := admin.get_client_access(other["id"])["location_ids"]):
            assert time.monotonic() < deadline, linked
            time.sleep(0.1)
