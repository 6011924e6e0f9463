"""Points and cards brought by profile's imports: posted once per key, however the batch arrives."""

import uuid
from datetime import UTC, datetime, timedelta


def _batch(events, import_id, client_id, external_id, parts):
    return events.envelope(
        import_id=import_id, rows=[{"external_id": external_id, "client_id": client_id, "parts": parts, "new": sorted(parts)}]
    )


def test_a_redelivered_or_rerun_batch_posts_each_part_once(loyalty, events, new_client_id):
    external_id = f"X-{uuid.uuid4().hex[:8]}"
    expires = (datetime.now(UTC) + timedelta(days=90)).date().isoformat()
    parts = {
        "points": {"points": 120, "expires_on": expires},
        "gift_card": {"code": f"GC{uuid.uuid4().hex[:8]}".upper(), "balance_minor": 2500, "currency": "GBP", "expires_on": None},
        "credits": {"service": "Massage", "credits": 4},
    }
    first, rerun = str(uuid.uuid4()), str(uuid.uuid4())
    batch = _batch(events, first, new_client_id, external_id, parts)

    loyalty.deliver("profile", "import_batch_accepted", batch)
    loyalty.deliver("profile", "import_batch_accepted", batch)  # redelivered
    loyalty.deliver("profile", "import_batch_accepted", _batch(events, rerun, new_client_id, external_id, parts))

    section = loyalty.call("get_card_section", new_client_id)
    assert section["points"] == 120
    lots = loyalty.rows("SELECT expires_on FROM point_lots WHERE client_id = :c", c=new_client_id)
    assert [row.expires_on.isoformat() for row in lots] == [expires]
    assert [g["remaining_value"]["amount"] for g in section["gift_cards"]] == [2500]
    assert [c["credits_remaining"] for c in section["credits"]] == [4]
    for import_id in (first, rerun):  # each import's reconciliation sees the postings it named
        totals = loyalty.call("get_import_totals", import_id)
        assert (totals["points"], totals["gift_card_minor"], totals["credit_packs"]) == (120, 2500, 1)
    assert all(event["imported"] for event in loyalty.outbox("points_earned", new_client_id))


def test_a_taken_code_and_a_past_expiry_are_errors_by_column(loyalty):
    answer = loyalty.call(
        "validate_import_rows",
        [
            {"row": 2, "external_id": "A", "parts": {"points": {"points": 5, "expires_on": "2001-01-01"}}},
            {"row": 3, "external_id": "B", "parts": {"gift_card": {"code": "G1", "balance": "1.234"}}},
        ],
    )["rows"]

    assert answer[0]["errors"] == {"points_expire_on": ["is not in the future (these points would be expired already)"]}
    assert list(answer[1]["errors"]) == ["gift_card_balance"]
