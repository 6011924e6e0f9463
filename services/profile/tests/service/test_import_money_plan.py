"""An import's money columns: checked by the owners, posted once per external id, a chunk per transaction."""

import base64
import uuid
from datetime import UTC, datetime

from clientcard_profile.use_cases import imports
from clientcard_profile.use_cases.import_checks import ServicesUnavailable

from .history_support import ERASED_IDS, STAFF

NOW = datetime(2026, 6, 1, tzinfo=UTC)


class OwnersSayYes:
    """billing and loyalty outside this test: amounts in pence, everything else as given."""

    def __init__(self):
        self.asked = []

    def validate(self, service, rows):
        self.asked.append(service)
        answers = []
        for row in rows:
            parts = {
                name: (
                    {"amount_minor": int(float(value["amount"]) * 100), "currency": "GBP"}
                    if name in ("balance", "price")
                    else value
                )
                for name, value in row["parts"].items()
            }
            answers.append({"row": row["row"], "parts": parts, "errors": {}})
        return answers


class OwnersAway:
    def validate(self, service, rows):
        raise ServicesUnavailable(f"{service} is down")


def _start(db, text: str, **kw) -> str:
    return imports.start_import(
        db.uow(), base64.b64encode(text.encode()).decode(), filename="b.csv", dry_run=False, context=STAFF, **kw
    )["id"]


def _drain(db, checks) -> None:
    while imports.process_next_import(db.uow(), region="GB", now=NOW, erased_ids=ERASED_IDS, checks=checks):
        pass


def test_balances_are_announced_once_per_external_id_and_a_rerun_announces_them_as_known(db):
    tag = uuid.uuid4().hex[:8]
    text = f"first_name,external_id,opening_balance,points\nAnn,A-{tag},12.50,10\nBob,B-{tag},,\n"
    checks = OwnersSayYes()

    first = _start(db, text)
    _drain(db, checks)
    second = _start(db, text)
    _drain(db, checks)

    job = imports.get_import(db.uow(), first)
    assert job["status"] == "completed"
    assert job["progress"] == {"phase": "completed", "done": 2, "total": 2, "planned": 2, "posted": 2}
    assert job["totals"]["balance_positive_minor"] == 1250 and job["totals"]["points"] == 10
    batches = {e["import_id"]: e["rows"] for e in db.events("import_batch_accepted") if e["import_id"] in (first, second)}
    assert [(r["external_id"], r["new"]) for r in batches[first]] == [(f"A-{tag}", ["balance", "points"])]
    assert [(r["external_id"], r["new"]) for r in batches[second]] == [(f"A-{tag}", [])]
    assert imports.get_import(db.uow(), second)["counts"]["updated"] == 2
    assert db.scalar("SELECT count(*) FROM import_identities WHERE external_id LIKE :t", t=f"%-{tag}") == 2
    assert set(checks.asked) == {"billing", "loyalty"}


def test_an_import_waits_queued_while_an_owner_does_not_answer(db):
    tag = uuid.uuid4().hex[:8]
    import_id = _start(db, f"first_name,external_id,opening_balance\nCal,C-{tag},1.00\n")

    _drain(db, OwnersAway())
    assert imports.get_import(db.uow(), import_id)["status"] == "queued"

    _drain(db, OwnersSayYes())
    assert imports.get_import(db.uow(), import_id)["status"] == "completed"


def test_visits_need_a_client_imported_before(db):
    tag = uuid.uuid4().hex[:8]
    _start(db, f"first_name,external_id\nDee,D-{tag}\n")
    _drain(db, OwnersSayYes())
    visits = (
        f"client_external_id,starts_at,service\nD-{tag},2024-01-01T10:00:00+00:00,Cut\nZ-{tag},2024-01-01T10:00:00+00:00,Cut\n"
    )

    job_id = _start(db, visits, kind="visits")
    _drain(db, OwnersSayYes())

    job = imports.get_import(db.uow(), job_id)
    assert job["counts"]["created"] == 1 and [(p["row"], p["field"]) for p in job["report"]] == [(3, "client_external_id")]
    assert db.scalar("SELECT count(*) FROM visits WHERE external_id = :e", e=f"import:D-{tag}:2024-01-01T10:00:00+00:00") == 1


def test_priced_visits_go_to_billing_as_sales_in_the_chunk_that_posts_them(db):
    tag = uuid.uuid4().hex[:8]
    _start(db, f"first_name,external_id\nEve,E-{tag}\n")
    _drain(db, OwnersSayYes())
    visits = (
        "client_external_id,starts_at,service,staff,status,price,external_id\n"
        f"E-{tag},2024-01-01T10:00:00+00:00,Cut,Sam,completed,30.00,EV1-{tag}\n"
        f"E-{tag},2024-02-01T10:00:00+00:00,Cut,Sam,no_show,,EV2-{tag}\n"
    )

    job_id = _start(db, visits, kind="visits")
    _drain(db, OwnersSayYes())

    [batch] = [e for e in db.events("import_batch_accepted") if e["import_id"] == job_id]
    [row] = batch["rows"]
    visit_id = db.scalar("SELECT id FROM visits WHERE external_id = :e", e=f"EV1-{tag}")
    assert (row["external_id"], row["new"]) == (f"EV1-{tag}", [])
    assert row["parts"] == {
        "sale": {
            "visit_id": str(visit_id),
            "starts_at": "2024-01-01T10:00:00+00:00",
            "status": "completed",
            "amount_minor": 3000,
            "currency": "GBP",
            "service": "Cut",
            "staff": "Sam",
            "location_id": None,
        }
    }
