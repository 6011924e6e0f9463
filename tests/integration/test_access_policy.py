"""One access policy: location limits on lists, exports and new clients; scopes inside the card;
clinical notes and medical files shown only with their scopes, and every read of them audited."""

from __future__ import annotations

import csv
import datetime as dt
import io
import uuid

import pytest
from nameko.standalone.rpc import ClusterRpcProxy
from openpyxl import load_workbook
from PIL import Image

from clientcard_kit.providers import access_headers
from gateway.card_cache import CardCache
from gateway.settings import REDIS_URL_DEFAULT


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 120, 80)).save(buffer, format="PNG")
    return buffer.getvalue()


PNG = png()


def gbp(amount: int) -> dict:
    return {"amount": amount, "currency": "GBP"}


@pytest.fixture(scope="module")
def chain(api):
    def location(name):
        response = api.post("/locations", json={"name": f"{name} {uuid.uuid4().hex[:6]}", "timezone": "Europe/London"})
        assert response.status_code == 201, response.text
        return response.json()["id"]

    return {"a": location("Access A"), "b": location("Access B")}


@pytest.fixture
def limited_to_a(api, api_with_key, chain):
    def make(*scopes):
        response = api.post("/api-keys", json={"name": "Desk A", "scopes": list(scopes), "location_ids": [chain["a"]]})
        assert response.status_code == 201, response.text
        return api_with_key(response.json()["secret"])

    return make


def new_client(api, last_name, location_id=None, **extra) -> str:
    body = {"first_name": "Access", "last_name": last_name, **extra}
    if location_id:
        body["home_location_id"] = location_id
    response = api.post("/clients", json=body)
    assert response.status_code == 201, response.text
    return response.json()["id"]


def test_search_and_both_exports_hold_only_the_keys_clients(api, chain, limited_to_a):
    tag = uuid.uuid4().hex[:8]
    new_client(api, f"Mine{tag}", chain["a"])
    new_client(api, f"Theirs{tag}", chain["b"])
    new_client(api, f"Nowhere{tag}")
    desk = limited_to_a("clients:read")

    # a tag of digits alone would be searched as a phone number: the name's letters keep it a name search
    found = desk.get("/clients", params={"q": f"ine{tag}", "limit": 1})
    names = [item["last_name"] for item in found.json()["items"]]
    assert found.status_code == 200 and names == [f"Mine{tag}"] and found.json()["next_cursor"] is None

    exported = desk.get("/clients/export.csv", params={"status": "all"})
    assert exported.status_code == 200
    rows = [row for row in csv.DictReader(io.StringIO(exported.text)) if tag in (row.get("last_name") or "")]
    assert [row["last_name"] for row in rows] == [f"Mine{tag}"]

    workbook = load_workbook(io.BytesIO(desk.get("/clients/export.xlsx").content), read_only=True)
    cells = [str(cell) for row in workbook.active.iter_rows(values_only=True) for cell in row]
    assert f"Mine{tag}" in cells and f"Theirs{tag}" not in cells and f"Nowhere{tag}" not in cells


def test_a_limited_key_creating_a_client_homes_it_at_its_location(chain, limited_to_a):
    desk = limited_to_a("clients:read", "clients:write")
    created = desk.post("/clients", json={"first_name": "Walk-in"})
    assert created.status_code == 201, created.text
    assert created.json()["home_location_id"] == chain["a"]
    assert desk.get(f"/clients/{created.json()['id']}").status_code == 200

    elsewhere = desk.post("/clients", json={"first_name": "Walk-in", "home_location_id": chain["b"]})
    assert elsewhere.status_code in (403, 422)


def test_a_visit_or_an_invoice_at_the_keys_location_makes_the_client_visible(api, chain, limited_to_a, wait_until):
    desk = limited_to_a("clients:read", "billing:read")
    by_visit = new_client(api, "Visitor", chain["b"])
    by_invoice = new_client(api, "Buyer", chain["b"])
    assert desk.get(f"/clients/{by_visit}/card").status_code == 404
    assert desk.get(f"/clients/{by_invoice}/card").status_code == 404

    starts = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    assert (
        api.post(
            f"/clients/{by_visit}/visits",
            json={
                "starts_at": starts.isoformat(),
                "ends_at": (starts + dt.timedelta(hours=1)).isoformat(),
                "service": "Cut",
                "location_id": chain["a"],
                "status": "booked",
            },
        ).status_code
        == 201
    )
    assert (
        api.post(
            f"/clients/{by_invoice}/invoices",
            json={
                "location_id": chain["a"],
                "lines": [{"description": "Gel", "kind": "product", "unit_price": gbp(900)}],
            },
        ).status_code
        == 201
    )

    assert desk.get(f"/clients/{by_visit}/card").status_code == 200
    wait_until(lambda: _status(desk, f"/clients/{by_invoice}/card") == 200)  # profile learns it by event


def _status(api, path) -> int:
    status = api.get(path).status_code
    assert status != 404
    return status


def test_the_card_shows_only_the_sections_of_the_keys_scopes(api, api_with_key, client_id):
    api.post(f"/clients/{client_id}/balance/top-ups", json={"amount": gbp(2500), "method": "cash"})
    secret = api.post("/api-keys", json={"name": "Receptionist", "scopes": ["clients:read"]}).json()["secret"]

    card = api_with_key(secret).get(f"/clients/{client_id}/card")
    body = card.json()
    assert card.status_code == 200
    assert sorted(body["restricted_sections"]) == ["balance", "files", "loyalty", "messages"]
    assert body["balance"] is body["loyalty"] is body["messages"] is body["files"] is None
    assert body["summary"]["balance"] is None and body["summary"]["total_paid"] is None
    assert body["summary"]["loyalty_points"] is None and body["unavailable"] == []
    assert body["client"]["id"] == client_id

    full = api.get(f"/clients/{client_id}/card").json()
    assert full["restricted_sections"] == [] and full["summary"]["balance"] == gbp(2500)


def test_clinical_alerts_and_medical_files_need_their_scopes_and_every_read_is_audited(api, api_with_key, client_id):
    clinical = api.post(f"/clients/{client_id}/notes", json={"body": "Isotretinoin", "kind": "clinical", "pinned": True})
    allergy = api.post(f"/clients/{client_id}/notes", json={"body": "Latex", "kind": "alert"})
    medical = api.post(f"/clients/{client_id}/files", data={"kind": "medical"}, files={"file": ("scan.png", PNG)})
    assert clinical.status_code == allergy.status_code == medical.status_code == 201, medical.text

    def key(*scopes):
        return api_with_key(api.post("/api-keys", json={"name": f"Key {scopes}", "scopes": list(scopes)}).json()["secret"])

    desk = key("clients:read", "files:read")
    clinician = key("clients:read", "files:read", "notes:clinical", "files:medical")

    desk_card = desk.get(f"/clients/{client_id}/card").json()
    assert [alert["id"] for alert in desk_card["alerts"]] == [allergy.json()["id"]]
    assert medical.json()["id"] not in [f["id"] for f in desk_card["files"]["recent"]]
    assert desk.get(f"/files/{medical.json()['id']}").status_code == 404
    assert clinical.json()["id"] not in [n["id"] for n in desk.get(f"/clients/{client_id}/notes").json()["items"]]
    assert api.get(f"/clients/{client_id}/sensitive-reads").json()["items"] == []

    clinician_card = clinician.get(f"/clients/{client_id}/card").json()
    assert clinical.json()["id"] in [alert["id"] for alert in clinician_card["alerts"]]
    assert medical.json()["id"] in [f["id"] for f in clinician_card["files"]["recent"]]
    assert clinician.get(f"/files/{medical.json()['id']}/content").content == PNG

    reads = api.get(f"/clients/{client_id}/sensitive-reads").json()["items"]
    assert {(r["kind"], r["route"].split()[1].rsplit("/", 1)[-1]) for r in reads} == {
        ("clinical_note", "card"),
        ("medical_file", "card"),
        ("medical_file", "content"),
    }
    assert all(r["key"]["name"].startswith("Key") and r["request_id"] for r in reads)
    assert desk.get(f"/clients/{client_id}/sensitive-reads").status_code == 403

    clinician.get(f"/clients/{client_id}/card")  # read again from a warm cache: recorded again
    again = api.get(f"/clients/{client_id}/sensitive-reads").json()["items"]
    assert sum(r["kind"] == "clinical_note" and r["route"].split()[1].endswith("/card") for r in again) == 2


def test_services_filter_by_the_callers_locations_whoever_calls_them(suite, api, chain):
    """A second gateway, or any internal caller, that forgets the policy gets the same answer."""
    tag = uuid.uuid4().hex[:8]
    theirs = new_client(api, f"Rpc{tag}", chain["b"])
    mine = new_client(api, f"Rpc{tag}", chain["a"])
    context = {"request_id": "rpc-test", **access_headers([chain["a"]], ["clients:read"])}
    with ClusterRpcProxy({"AMQP_URI": suite.env["AMQP_URI"]}, context_data=context, timeout=10) as rpc:
        found = rpc.profile.search_clients({"q": f"Rpc{tag}", "limit": 50})
        assert [item["id"] for item in found["items"]] == [mine]
        with pytest.raises(Exception, match="ClientNotFound|not found"):
            rpc.profile.get_client(theirs)


def test_an_import_by_a_limited_key_refuses_the_rows_of_other_locations_one_by_one(api, chain, limited_to_a, wait_until):
    desk = limited_to_a("clients:read", "clients:write")
    tag = uuid.uuid4().hex[:8]
    content = (
        f"first_name,last_name,home_location_id\nHere,Row{tag},{chain['a']}\nThere,Row{tag},{chain['b']}\nUnplaced,Row{tag},\n"
    ).encode()
    started = desk.post("/imports", files={"file": ("branch.csv", content)}, data={"dry_run": "false"})
    assert started.status_code == 202, started.text

    def finished():
        job = desk.get(f"/imports/{started.json()['id']}").json()
        assert job["status"] == "completed", job
        return job

    job = wait_until(finished, timeout=30)
    assert job["counts"]["created"] == 2 and job["counts"]["errors"] == 1, job
    assert [(p["row"], p["field"]) for p in job["report"] if p["kind"] == "error"] == [(3, "home_location_id")]
    imported = api.get("/clients", params={"q": f"Row{tag}"}).json()["items"]
    assert sorted(c["first_name"] for c in imported) == ["Here", "Unplaced"]
    assert {c["home_location_id"] for c in imported} == {chain["a"]}


def test_a_limited_keys_warm_card_is_decided_from_the_read_model_without_profile(suite, api, chain, limited_to_a, wait_until):
    """The front desk's key reads a warm card with no RPC at all: who may see it is in the cached section."""
    desk = limited_to_a("clients:read")
    mine, theirs = new_client(api, "WarmMine", chain["a"]), new_client(api, "WarmTheirs", chain["b"])
    unknown = str(uuid.uuid4())
    hidden_answer = desk.get(f"/clients/{unknown}/card")
    assert hidden_answer.status_code == 404

    cache = CardCache.from_url(suite.env.get("REDIS_URL", REDIS_URL_DEFAULT), 60, prefix=suite.env["CARD_CACHE_PREFIX"])

    def warm():  # a new client's own events drop its sections at first: read until profile's stays
        for client_id in (mine, theirs):
            api.get(f"/clients/{client_id}/card")
            assert "profile" in cache.read(client_id)[0]

    wait_until(warm, timeout=10)
    suite.stop("profile")
    try:
        seen, refused = desk.get(f"/clients/{mine}/card"), desk.get(f"/clients/{theirs}/card")
        assert seen.status_code == 200 and seen.json()["client"]["last_name"] == "WarmMine"
        assert seen.json()["unavailable"] == []
        assert refused.status_code == 404 and "WarmTheirs" not in refused.text
        # the very body of a client that does not exist, with the id swapped
        assert refused.json()["title"] == hidden_answer.json()["title"]
        assert refused.json()["detail"] == hidden_answer.json()["detail"].replace(unknown, theirs)
    finally:
        suite.start("profile")
    suite.wait_ready()
