"""Imports that bring money, points, cards, notes, consents and visit history, through the gateway.

Exactly once per external_id across imports; conflicts and bad rows reported by row and column;
a dry run's totals equal the real run's reconciliation against the ledger and loyalty; a
service stopped halfway loses and doubles nothing.
"""

import time
import uuid
from datetime import UTC, datetime, timedelta

PROPAGATION_S = 180  # generous: only a failing run waits it out, and a loaded CI machine is slow
FUTURE = (datetime.now(UTC) + timedelta(days=200)).date().isoformat()
PAST = (datetime.now(UTC) - timedelta(days=3)).date().isoformat()
HEADER = (
    "first_name,email,external_id,opening_balance,points,points_expire_on,gift_card_code,gift_card_balance,"
    "membership_name,membership_next_payment_on,credits_name,credits_remaining,notes,alert,marketing_opt_in,"
    "consent_source,consent_at\n"
)


def _upload(api, content: str, *, dry_run=False, kind="clients"):
    response = api.post(
        "/imports", files={"file": ("book.csv", content.encode())}, data={"dry_run": str(dry_run).lower(), "kind": kind}
    )
    assert response.status_code == 202, response.text
    return response.json()["id"]


def _finished(api, import_id: str, timeout: float = 120) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        job = api.get(f"/imports/{import_id}").json()
        if job["status"] in ("completed", "failed") or time.monotonic() > deadline:
            return job
        time.sleep(0.3)


def _reconciled(api, import_id: str, wait_until) -> dict:
    def matches():
        job = api.get(f"/imports/{import_id}").json()
        assert job["status"] == "completed", job["status"]
        assert job["reconciliation"]["matches"], job["reconciliation"]
        return job

    return wait_until(matches, timeout=PROPAGATION_S)


def _client(api, email: str) -> dict:
    items = api.get("/clients", params={"q": email}).json()["items"]
    assert len(items) == 1, items
    return items[0]


def _book(tag: str) -> str:
    return HEADER + (
        f"Ann,ann-{tag}@example.com,A-{tag},12.50,100,{FUTURE},GC-{tag},25.00,Gold,{FUTURE},Massage,5,"
        f"likes tea,Allergic to latex,yes,paper form,2024-03-01T10:00:00+00:00\n"
        f"Bob,bob-{tag}@example.com,B-{tag},-7.25,40,,,,,,,,,,,,\n"
        f"Cat,cat-{tag}@example.com,C-{tag},,,,,,,,,,,,no,,\n"
    )


def test_a_dry_run_promises_the_totals_the_real_run_reconciles_with_the_ledger_and_loyalty(api, wait_until):
    tag = uuid.uuid4().hex[:8]
    dry = _finished(api, _upload(api, _book(tag), dry_run=True))

    assert dry["status"] == "completed", dry
    assert {
        k: dry["totals"][k]
        for k in (
            "clients",
            "balances",
            "balance_positive_minor",
            "balance_negative_minor",
            "points",
            "gift_cards",
            "gift_card_minor",
            "memberships",
            "credit_packs",
        )
    } == {
        "clients": 3,
        "balances": 2,
        "balance_positive_minor": 1250,
        "balance_negative_minor": -725,
        "points": 140,
        "gift_cards": 1,
        "gift_card_minor": 2500,
        "memberships": 1,
        "credit_packs": 1,
    }
    assert [(p["row"], p["kind"]) for p in dry["report"]] == [(2, "would_create"), (3, "would_create"), (4, "would_create")]
    assert api.get("/clients", params={"q": f"ann-{tag}@example.com"}).json()["items"] == []

    real = _reconciled(api, _upload(api, _book(tag)), wait_until)

    assert real["totals"] == dry["totals"]
    assert real["progress"] == {"phase": "completed", "done": 3, "total": 3, "planned": 3, "posted": 3}
    ledger, loyalty = real["reconciliation"]["ledger"], real["reconciliation"]["loyalty"]
    assert (ledger["positive_minor"], ledger["negative_minor"], loyalty["points"]) == (1250, -725, 140)
    ann, bob = _client(api, f"ann-{tag}@example.com"), _client(api, f"bob-{tag}@example.com")
    balance = api.get(f"/clients/{ann['id']}/balance").json()
    assert balance["balance"]["amount"] == 1250 and [e["kind"] for e in balance["entries"]] == ["opening_balance"]
    assert api.get(f"/clients/{bob['id']}/balance").json()["outstanding"]["amount"] == 725
    card = wait_until(lambda: _card_with_loyalty(api, ann["id"]), timeout=PROPAGATION_S)
    assert card["loyalty"]["points"] == 100
    assert [g["code"] for g in card["loyalty"]["gift_cards"]] == [f"GC-{tag}".upper()]
    assert [m["plan"] for m in card["loyalty"]["memberships"]] == ["Gold"]
    assert [c["credits_remaining"] for c in card["loyalty"]["credits"]] == [5]
    assert [a["body"] for a in card["alerts"]] == ["Allergic to latex"]
    notes = api.get(f"/clients/{ann['id']}/notes").json()["items"]
    assert sorted(n["body"] for n in notes) == ["Allergic to latex", "likes tea"]
    wait_until(lambda: _assert_marketing(api, ann["id"], True), timeout=PROPAGATION_S)


def _card_with_loyalty(api, client_id):
    card = api.get(f"/clients/{client_id}/card").json()
    assert card["loyalty"] and card["loyalty"]["gift_cards"], card.get("loyalty")
    return card


def _assert_marketing(api, client_id, expected):
    assert api.get(f"/clients/{client_id}/notification-preferences").json()["types"]["marketing"] is expected


def test_a_rerun_changes_nothing_and_other_values_are_conflicts_never_posted(api, wait_until):
    tag = uuid.uuid4().hex[:8]
    _reconciled(api, _upload(api, _book(tag)), wait_until)
    ann = _client(api, f"ann-{tag}@example.com")

    again = _reconciled(api, _upload(api, _book(tag).replace("Ann,", "Anna,")), wait_until)

    assert again["counts"]["created"] == 0 and again["counts"]["updated"] == 3
    assert again["reconciliation"]["ledger"]["positive_minor"] == 1250  # the same postings, named again
    assert _client(api, f"ann-{tag}@example.com")["first_name"] == "Anna"
    assert len(api.get(f"/clients/{ann['id']}/balance").json()["entries"]) == 1
    assert len(api.get(f"/clients/{ann['id']}/notes").json()["items"]) == 2

    changed = _book(tag).replace(f"A-{tag},12.50,100", f"A-{tag},99.00,100")
    conflict_id = _upload(api, changed)
    conflict = _finished(api, conflict_id)

    assert conflict["counts"]["conflicts"] == 1 and conflict["counts"]["updated"] == 2
    assert [(p["row"], p["field"], p["kind"]) for p in conflict["report"]] == [(2, "opening_balance", "conflict")]
    # Bob's balance, named again in the same batch, is linked to this import in the transaction that
    # would have posted Ann's: once billing holds it, the batch is done
    wait_until(lambda: _ledger_holds(api, conflict_id, negative_minor=-725), timeout=PROPAGATION_S)
    assert api.get(f"/clients/{ann['id']}/balance").json()["balance"]["amount"] == 1250


def _ledger_holds(api, import_id, **figures):
    ledger = api.get(f"/imports/{import_id}").json()["reconciliation"]["ledger"]
    assert ledger is not None and {k: ledger[k] for k in figures} == figures, ledger


def test_bad_rows_are_reported_by_row_and_column_and_the_good_rows_still_go_in(api, wait_until):
    tag = uuid.uuid4().hex[:8]
    content = HEADER + (
        f"Good,good-{tag}@example.com,G-{tag},5.00,10,,,,,,,,,,,,\n"
        f"Amount,amount-{tag}@example.com,X1-{tag},abc,,,,,,,,,,,,,\n"
        f"Points,points-{tag}@example.com,X2-{tag},,-5,,,,,,,,,,,,\n"
        f"Expired,expired-{tag}@example.com,X3-{tag},,10,{PAST},,,,,,,,,,,\n"
        f"Cents,cents-{tag}@example.com,X4-{tag},1.234,,,,,,,,,,,,,\n"
        f"Nokey,nokey-{tag}@example.com,,3.00,,,,,,,,,,,,,\n"
        f"Consent,consent-{tag}@example.com,X5-{tag},,,,,,,,,,,,yes,,\n"
        f"Half,half-{tag}@example.com,X6-{tag},,,,GC2-{tag},,,,,,,,,,\n"
    )

    job = _reconciled(api, _upload(api, content), wait_until)

    assert {(p["row"], p["field"]) for p in job["report"]} == {
        (3, "opening_balance"),
        (4, "points"),
        (5, "points_expire_on"),
        (6, "opening_balance"),
        (7, "external_id"),
        (8, "consent_source"),
        (9, "gift_card_balance"),
    }
    assert job["counts"]["created"] == 1 and job["counts"]["errors"] == 7
    assert job["totals"]["balance_positive_minor"] == 500 and job["totals"]["points"] == 10
    for name in ("amount", "points", "expired", "cents", "nokey", "consent", "half"):
        assert api.get("/clients", params={"q": f"{name}-{tag}@example.com"}).json()["items"] == []  # never half-applied


def test_an_unknown_kind_is_a_422_problem(api):
    response = api.post("/imports", files={"file": ("v.csv", b"first_name\nA\n")}, data={"kind": "invoices"})
    assert response.status_code == 422 and "kind" in response.json()["errors"]


def test_visit_history_imports_once_and_announces_nothing(api, wait_until):
    tag = uuid.uuid4().hex[:8]
    _reconciled(api, _upload(api, HEADER + f"Vic,vic-{tag}@example.com,V-{tag},,,,,,,,,,,,,,\n"), wait_until)
    vic = _client(api, f"vic-{tag}@example.com")
    visits = (
        "client_external_id,starts_at,service,staff,location,status,price\n"
        f"V-{tag},2024-01-10T10:00:00+00:00,Cut,Sam,,completed,30.00\n"
        f"V-{tag},2024-02-10T10:00:00+00:00,Colour,Sam,,no_show,\n"
        f"NOBODY-{tag},2024-02-10T10:00:00+00:00,Cut,Sam,,completed,\n"
        f"V-{tag},yesterday,Cut,Sam,,completed,\n"
    )
    feed_start = _feed_end(api)

    first = _finished(api, _upload(api, visits, kind="visits"))
    second = _finished(api, _upload(api, visits, kind="visits"))

    assert first["status"] == "completed" and first["totals"] == {"visits": 2, "clients": 1, "price_minor": 3000}
    assert {(p["row"], p["field"]) for p in first["report"]} == {(4, "client_external_id"), (5, "starts_at")}
    assert second["counts"]["created"] == 2
    items = api.get(f"/clients/{vic['id']}/visits").json()["items"]
    assert sorted((v["service"], v["status"]) for v in items) == [("Colour", "no_show"), ("Cut", "completed")]
    control = api.post(
        f"/clients/{vic['id']}/visits", json={"starts_at": "2024-03-01T10:00:00+00:00", "status": "completed"}
    ).json()

    def control_announced():
        events = _feed_since(api, feed_start)
        assert any(e["type"] == "visit.booked" and e["data"].get("id") == control["id"] for e in events)
        return events

    events = wait_until(control_announced, timeout=PROPAGATION_S)
    imported = {v["id"] for v in items}
    assert not [e for e in events if e["data"].get("id") in imported]
    assert api.get(f"/clients/{vic['id']}/loyalty").json()["points"] == 0


def test_imported_visit_prices_count_once_in_the_card_and_statistics_and_move_no_balance(api, wait_until):
    tag = uuid.uuid4().hex[:8]
    clients = HEADER + (
        f"Pat,pat-{tag}@example.com,P-{tag},5.00,,,,,,,,,,,,,\n"
        f"Quin,quin-{tag}@example.com,Q-{tag},,,,,,,,,,,,,,\n"  # the marker client of the rerun below
    )
    _reconciled(api, _upload(api, clients), wait_until)
    pat, quin = _client(api, f"pat-{tag}@example.com"), _client(api, f"quin-{tag}@example.com")
    visits = (
        "client_external_id,starts_at,service,staff,location,status,price,external_id\n"
        f"P-{tag},2024-01-10T10:00:00+00:00,Cut,Sam,,completed,30.00,PV1-{tag}\n"
        f"P-{tag},2024-02-12T10:00:00+00:00,Colour,Sam,,completed,45.50,PV2-{tag}\n"
        f"P-{tag},2024-03-01T10:00:00+00:00,Cut,Sam,,no_show,20.00,PV3-{tag}\n"  # a missed visit sold nothing
    )

    first = _finished(api, _upload(api, visits, kind="visits"))

    assert first["status"] == "completed" and first["totals"]["visits"] == 3
    statistics = wait_until(lambda: _statistics_with_sales(api, pat["id"], 7550), timeout=PROPAGATION_S)
    assert (statistics["total_paid"]["amount"], statistics["visits_paid"]) == (7550, 2)
    assert (statistics["average_ticket"]["amount"], statistics["outstanding"]["amount"]) == (3775, 0)
    assert [(m["month"], m["revenue"]["amount"]) for m in statistics["revenue_per_month"]] == [
        ("2024-01", 3000),
        ("2024-02", 4550),
    ]
    assert [(f["name"], f["count"]) for f in statistics["favourite_staff"]] == [("Sam", 2)]
    card = wait_until(lambda: _card_with_spent(api, pat["id"], 7550), timeout=PROPAGATION_S)
    summary = card["summary"]
    assert (summary["total_paid"]["amount"], summary["visits_count"], summary["no_shows"]) == (7550, 2, 1)
    assert summary["last_visit"]["starts_at"].startswith("2024-02-12")
    assert summary["balance"]["amount"] == 500  # the opening balance alone: history moves no money
    assert summary["loyalty_points"] == 0

    # the rerun carries one new sale of another client: billing records the batch in one transaction,
    # so once Quin's sale counts, Pat's rerun has been through billing too
    marker = f"Q-{tag},2024-04-01T10:00:00+00:00,Cut,Sam,,completed,10.00,QV1-{tag}\n"
    again = _finished(api, _upload(api, visits + marker, kind="visits"))

    assert again["status"] == "completed" and again["totals"]["visits"] == 4
    wait_until(lambda: _statistics_with_sales(api, quin["id"], 1000), timeout=PROPAGATION_S)
    assert api.get(f"/clients/{pat['id']}/statistics").json() == statistics
    assert api.get(f"/clients/{pat['id']}/card").json()["summary"] == summary


def _statistics_with_sales(api, client_id, amount):
    statistics = api.get(f"/clients/{client_id}/statistics").json()
    assert statistics["total_sales"]["amount"] == amount, statistics
    return statistics


def _card_with_spent(api, client_id, amount):
    card = api.get(f"/clients/{client_id}/card").json()
    assert card["summary"]["total_spent"]["amount"] == amount, card["summary"]
    return card


def _feed_end(api) -> str:
    page = api.get("/events", params={"limit": 200}).json()
    while page["next_cursor"]:
        page = api.get("/events", params={"after": page["after"], "limit": 200}).json()
    return page["after"]


def _feed_since(api, after: str) -> list[dict]:
    events, page = [], {"next_cursor": True, "after": after}
    while page["next_cursor"]:
        page = api.get("/events", params={"after": page["after"], "limit": 200}).json()
        events += page["items"]
    return events


def test_loyalty_stopping_halfway_loses_and_doubles_nothing(suite, api, wait_until):
    tag = uuid.uuid4().hex[:8]
    rows = 3000  # two chunks of the plan
    content = "first_name,external_id,opening_balance,points\n" + "".join(
        f"R{i},R{i}-{tag},{(i % 7) - 3}.50,{i % 50 + 1}\n" for i in range(rows)
    )
    expected_points = sum(i % 50 + 1 for i in range(rows))
    import_id = _upload(api, content)
    wait_until(lambda: _assert_status(api, import_id, ("running", "completed")), timeout=120)

    suite.stop("loyalty")
    try:
        job = _finished(api, import_id, timeout=300)
        assert job["status"] == "completed" and job["progress"]["posted"] == rows
        assert job["reconciliation"]["loyalty"] is None  # loyalty is down: its half waits
    finally:
        suite.start("loyalty")
    suite.wait_ready()

    job = _reconciled(api, import_id, wait_until)
    assert job["reconciliation"]["loyalty"]["points"] == expected_points == job["totals"]["points"]
    assert job["reconciliation"]["ledger"]["clients"] == job["totals"]["balances"]


def _assert_status(api, import_id, statuses):
    assert api.get(f"/imports/{import_id}").json()["status"] in statuses


def test_a_rerun_of_the_old_file_after_an_erasure_leaves_the_client_erased(api, wait_until):
    tag = uuid.uuid4().hex[:8]
    columns = HEADER.strip().split(",")
    cells = {"first_name": "Eve", "email": f"eve-{tag}@example.com", "external_id": f"E-{tag}", "notes": f"likes tea {tag}"}
    book = HEADER + ",".join(cells.get(column, "") for column in columns) + "\n"
    history = f"client_external_id,starts_at,service\nE-{tag},2024-01-10T10:00:00+00:00,Cut\n"
    assert _finished(api, _upload(api, book))["counts"]["created"] == 1
    assert _finished(api, _upload(api, history, kind="visits"))["counts"]["created"] == 1
    eve = _client(api, f"eve-{tag}@example.com")
    erased = api.post(f"/clients/{eve['id']}/erase", json={"reason": "asked by the client"})
    assert erased.status_code == 202, erased.text

    again = _finished(api, _upload(api, book))
    history_again = _finished(api, _upload(api, history, kind="visits"))

    assert again["status"] == "completed" and again["counts"]["created"] == 0 and again["counts"]["updated"] == 0
    assert [(p["row"], p["field"], p["kind"]) for p in again["report"]] == [(2, "external_id", "skipped")]
    assert "erased" in again["report"][0]["message"]
    assert api.get("/clients", params={"q": f"eve-{tag}@example.com"}).json()["items"] == []
    assert history_again["counts"]["created"] == 0
    assert [(p["row"], p["field"], p["kind"]) for p in history_again["report"]] == [(2, "client_external_id", "skipped")]
    assert len(api.get(f"/clients/{eve['id']}/visits").json()["items"]) == 1
