"""An import's totals against the ledger's and loyalty's figures."""

from gateway.import_reconciliation import reconcile, wants_reconciliation, with_phase

TOTALS = {
    "balances": 2,
    "balance_positive_minor": 1250,
    "balance_negative_minor": -725,
    "points": 140,
    "gift_cards": 1,
    "gift_card_minor": 2500,
    "memberships": 0,
    "credit_packs": 0,
}
LEDGER = {"clients": 2, "positive_minor": 1250, "negative_minor": -725, "currency": "GBP"}
LOYALTY = {"points": 140, "gift_cards": 1, "gift_card_minor": 2500, "memberships": 0, "credit_packs": 0}


def test_equal_figures_match():
    assert reconcile(TOTALS, LEDGER, LOYALTY)["matches"] is True


def test_a_doubled_or_missing_figure_is_a_difference():
    doubled = reconcile(TOTALS, LEDGER, {**LOYALTY, "points": 280})
    waiting = reconcile(TOTALS, LEDGER, None)

    assert doubled["differences"] == {"points": {"file": 140, "loyalty": 280}} and not doubled["matches"]
    assert not waiting["matches"] and "points" in waiting["differences"]


def test_only_a_completed_real_client_import_is_reconciled():
    job = {"kind": "clients", "dry_run": False, "status": "completed", "totals": TOTALS}
    assert wants_reconciliation(job)
    assert not wants_reconciliation({**job, "dry_run": True})
    assert not wants_reconciliation({**job, "status": "running"})
    assert not wants_reconciliation({**job, "kind": "visits"})


def test_a_completed_import_is_reconciling_until_its_figures_match():
    progress = {"phase": "completed", "done": 2, "total": 2, "planned": 2, "posted": 2}

    assert with_phase(progress, reconcile(TOTALS, LEDGER, None))["phase"] == "reconciling"
    assert with_phase(progress, reconcile(TOTALS, LEDGER, LOYALTY)) == progress


def test_events_flagged_imported_are_not_told_to_integrators():
    from gateway.webhooks import catalogue

    payload = {"event_id": "e1", "occurred_at": "2026-01-01T00:00:00+00:00", "client_id": "c1", "visit_id": "v1"}

    assert catalogue.translate("profile", "visit_booked", payload) is not None
    assert catalogue.translate("profile", "visit_booked", {**payload, "imported": True}) is None
    assert catalogue.translate("loyalty", "points_earned", {**payload, "imported": True}) is None
