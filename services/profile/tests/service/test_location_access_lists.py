"""Lists, exports, duplicates, new clients and imports of a location-limited key: hidden clients are
never listed, counted or touched, and what such a key creates stays at its locations."""

import base64
import json
import time
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from nameko.exceptions import RemoteError
from nameko.standalone.events import event_dispatcher
from nameko.testing.services import entrypoint_waiter

from .access_support import as_key, client, internal, location, refused, start_profile

LATER = (datetime.now(UTC) + timedelta(days=3)).replace(microsecond=0).isoformat()


def _mixed_clients(admin, tag: str):
    """Seven clients sharing a tag and a phone: three the key at `mine` may see (by home, visit,
    invoice-to-come), four it may not."""
    mine, theirs = location(admin), location(admin)
    phone = f"+44770090{uuid.uuid4().int % 10_000:04d}"
    common = {"last_name": f"Twin {tag}", "tags": [tag], "phone": phone}
    homed = client(admin, home_location_id=mine, **common)
    visited = client(admin, home_location_id=theirs, **common)
    admin.save_visit(visited["id"], {"starts_at": LATER, "location_id": mine})
    invoiced = client(admin, home_location_id=theirs, **common)
    hidden = [client(admin, home_location_id=theirs, **common) for _ in range(3)] + [client(admin, **common)]
    return mine, theirs, [homed, visited, invoiced], hidden


def _page_to_the_end(call, first_args: dict) -> list[dict]:
    items, cursor = [], None
    for _ in range(20):
        page = call({**first_args, "cursor": cursor} if cursor else first_args)
        items += page["items"]
        cursor = page["next_cursor"]
        if cursor is None:
            return items
    raise AssertionError("the cursor never ended")


def test_search_export_and_duplicates_never_list_hidden_clients_and_a_cursor_paged_to_the_end_yields_only_visible_ones(
    container_factory, service_config
):
    container = start_profile(container_factory, service_config)
    tag = uuid.uuid4().hex[:8]
    with internal(service_config) as admin:
        mine, theirs, visible, hidden = _mixed_clients(admin, tag)
    with entrypoint_waiter(container, "handle_invoice_issued", timeout=10):
        event_dispatcher(service_config)(
            "billing",
            "invoice_issued",
            {
                "event_id": str(uuid.uuid4()),
                "occurred_at": datetime.now(UTC).isoformat(),
                "invoice_id": str(uuid.uuid4()),
                "client_id": visible[2]["id"],
                "location_id": mine,
            },
        )
    visible_ids = sorted(c["id"] for c in visible)

    with as_key(service_config, [mine]) as desk:
        by_tag = _page_to_the_end(desk.search_clients, {"tag": tag, "limit": 1})
        by_name = _page_to_the_end(desk.search_clients, {"q": f"twin {tag}", "limit": 2})
        by_phone = desk.search_clients({"q": visible[0]["phone"]})["items"]
        # asking for more locations than the key has narrows nothing open
        widened = desk.search_clients({"tag": tag, "location_ids": [mine, theirs]})["items"]
        narrowed = desk.search_clients({"tag": tag, "location_ids": [theirs]})["items"]
        exported = [row for page in _export_pages(desk) for row in page if tag in (row["tags"] or "")]
        duplicates = desk.find_duplicates(visible[0]["id"])["items"]

    assert sorted(c["id"] for c in by_tag) == visible_ids
    assert sorted(c["id"] for c in by_name) == visible_ids
    assert sorted(c["id"] for c in by_phone) == visible_ids
    assert sorted(c["id"] for c in widened) == visible_ids and narrowed == []
    assert sorted(row["id"] for row in exported) == visible_ids
    assert sorted(item["client"]["id"] for item in duplicates) == sorted(c["id"] for c in visible[1:])
    with internal(service_config) as admin:  # the hidden ones exist: an unlimited caller lists all seven
        assert len(admin.search_clients({"tag": tag})["items"]) == 7
        assert len(admin.find_duplicates(visible[0]["id"])["items"]) == 6
    assert not {c["id"] for c in hidden} & {c["id"] for c in by_tag + by_name + exported}


def _export_pages(proxy):
    cursor = None
    while True:
        page = proxy.export_clients(cursor, 500)
        yield page["items"]
        cursor = page["next_cursor"]
        if cursor is None:
            return


def test_a_limited_key_creating_a_client_gets_its_home_location_and_cannot_move_it_elsewhere(container_factory, service_config):
    start_profile(container_factory, service_config)
    with internal(service_config) as admin:
        mine, second, theirs = location(admin), location(admin), location(admin)

    with as_key(service_config, [mine]) as desk:
        created = desk.create_client({"first_name": "Homed"})
        elsewhere = refused(desk.create_client, {"first_name": "Away", "home_location_id": theirs})
        moved = refused(desk.update_client, created["id"], {"home_location_id": theirs})
        unhomed = refused(desk.update_client, created["id"], {"home_location_id": None})
        renamed = desk.update_client(created["id"], {"first_name": "Still", "home_location_id": mine})
    with as_key(service_config, [mine, second]) as chain_desk:
        several = refused(chain_desk.create_client, {"first_name": "Which"})
        chosen = chain_desk.create_client({"first_name": "Chosen", "home_location_id": second})

    assert created["home_location_id"] == mine
    assert elsewhere == moved == unhomed == several == "ClientInvalid"
    assert (renamed["first_name"], renamed["home_location_id"]) == ("Still", mine)
    assert chosen["home_location_id"] == second


def test_the_error_of_a_limited_create_names_the_home_location_field(container_factory, service_config):
    start_profile(container_factory, service_config)
    with internal(service_config) as admin:
        first, second = location(admin), location(admin)
    with as_key(service_config, [first, second]) as desk, pytest.raises(RemoteError) as raised:
        desk.create_client({"first_name": "Which"})
    problem = json.loads(raised.value.value)
    assert (problem["status"], problem["errors"]) == (
        422,
        {"home_location_id": ["required for a key limited to several locations"]},
    )


def _wait_for_import(proxy, import_id: str) -> dict:
    deadline = time.monotonic() + 15
    while (job := proxy.get_import(import_id))["status"] not in ("completed", "failed"):
        assert time.monotonic() < deadline, job
        time.sleep(0.2)
    return job


def test_an_import_by_a_limited_key_stays_at_its_locations_and_never_touches_hidden_clients(container_factory, service_config):
    start_profile(container_factory, service_config)
    tag = uuid.uuid4().hex[:8]
    with internal(service_config) as admin:
        mine, theirs = location(admin), location(admin)
        client(admin, home_location_id=theirs, email=f"hidden-{tag}@example.com")
        client(admin, home_location_id=mine, email=f"seen-{tag}@example.com")
    rows = (
        "First name,Email,Home location id,Tags\n"
        f"Plain,plain-{tag}@example.com,,{tag}\n"
        f"Here,here-{tag}@example.com,{mine},{tag}\n"
        f"There,there-{tag}@example.com,{theirs},{tag}\n"
        f"Shadow,hidden-{tag}@example.com,,{tag}\n"
        f"Seen,seen-{tag}@example.com,,{tag}\n"
    )
    content = base64.b64encode(rows.encode()).decode()

    with as_key(service_config, [mine]) as desk:
        job = _wait_for_import(desk, desk.start_import(content, "clients.csv", False)["id"])
        owner = desk.get_import_owner(job["id"])
        created = desk.search_clients({"tag": tag})["items"]
    with as_key(service_config, [theirs]) as other_desk:
        assert refused(other_desk.get_import, job["id"]) == "ImportNotFound"
        assert refused(other_desk.get_import_owner, job["id"]) == "ImportNotFound"

    problems = {(p["row"], p["field"], p["kind"]) for p in job["report"]}
    assert job["counts"]["created"] == 2
    assert (4, "home_location_id", "error") in problems  # another location's row is refused
    assert (5, "email", "error") in problems  # it matches a client this key may not see
    assert (6, "email", "duplicate") in problems  # a client it may see: an ordinary duplicate
    assert sorted(c["first_name"] for c in created) == ["Here", "Plain"]
    assert {c["home_location_id"] for c in created} == {mine}
    assert owner == {"location_ids": [mine]}


def test_an_import_by_an_unlimited_caller_is_not_found_by_a_limited_key(container_factory, service_config):
    start_profile(container_factory, service_config)
    content = base64.b64encode(f"First name\nAll{uuid.uuid4().hex[:6]}\n".encode()).decode()
    with internal(service_config) as admin:
        mine = location(admin)
        job = admin.start_import(content, "c.csv", True)
        assert admin.get_import_owner(job["id"]) == {"location_ids": None}
    with as_key(service_config, [mine]) as desk:
        assert refused(desk.get_import, job["id"]) == "ImportNotFound"


def test_a_merge_moves_where_the_duplicate_was_invoiced_and_its_undo_moves_it_back(container_factory, service_config):
    container = start_profile(container_factory, service_config)
    with internal(service_config) as admin:
        mine, theirs = location(admin), location(admin)
        survivor = client(admin, home_location_id=theirs)
        duplicate = client(admin, home_location_id=theirs)
    with entrypoint_waiter(container, "handle_invoice_issued", timeout=10):
        event_dispatcher(service_config)(
            "billing",
            "invoice_issued",
            {
                "event_id": str(uuid.uuid4()),
                "occurred_at": datetime.now(UTC).isoformat(),
                "invoice_id": str(uuid.uuid4()),
                "client_id": duplicate["id"],
                "location_id": mine,
            },
        )

    with internal(service_config) as admin:
        merge = admin.merge_clients(survivor["id"], {"source_id": duplicate["id"]})["merge"]
        merged_access = admin.get_client_access(survivor["id"])["location_ids"]
        with as_key(service_config, [mine]) as desk:
            assert desk.get_client(survivor["id"])["id"] == survivor["id"]
            assert desk.get_merge_owner(merge["id"]) == {"client_id": survivor["id"], "source_id": duplicate["id"]}
        admin.undo_merge(merge["id"])
        undone_access = admin.get_client_access(survivor["id"])["location_ids"]
        duplicate_access = admin.get_client_access(duplicate["id"])["location_ids"]

    assert merge["moved"]["invoices"] == 1
    assert sorted(merged_access) == sorted([mine, theirs])
    assert undone_access == [theirs]
    assert sorted(duplicate_access) == sorted([mine, theirs])
