"""The card is laid out from the services' sections; a missing service costs only its sections."""

from gateway.card import ALL_SECTIONS, CardView, compose

EVERYTHING = CardView(frozenset(ALL_SECTIONS), clinical_notes=True, medical_files=True)

GBP0 = {"amount": 0, "currency": "GBP"}
PROFILE = {
    "client": {"id": "c1", "first_name": "Ann"},
    "alerts": [{"body": "Allergic to latex"}],
    "visits": {"upcoming": [], "recent": []},
    "summary": {"visits_count": 3, "last_visit": {"id": "v1"}, "next_visit": None, "no_shows": 1, "cancellations": 0},
}
BILLING = {
    "balance": {
        "balance": {"amount": -500, "currency": "GBP"},
        "credit": GBP0,
        "outstanding": {"amount": 500, "currency": "GBP"},
    },
    "summary": {"total_spent": {"amount": 9000, "currency": "GBP"}, "total_paid": {"amount": 8500, "currency": "GBP"}},
}
LOYALTY = {"points": 120, "tier": "vip"}


def test_every_section_comes_from_its_service():
    card = compose(
        {
            "profile": PROFILE,
            "billing": BILLING,
            "loyalty": LOYALTY,
            "messaging": {"recent": []},
            "files": {"recent": [], "consents": {"next_visit": None, "missing": [], "expired": []}},
        },
        [],
        EVERYTHING,
    )

    assert card["client"]["first_name"] == "Ann"
    assert card["alerts"] == [{"body": "Allergic to latex"}]
    assert card["summary"] == {
        "visits_count": 3,
        "total_spent": {"amount": 9000, "currency": "GBP"},
        "total_paid": {"amount": 8500, "currency": "GBP"},
        "balance": {"amount": -500, "currency": "GBP"},
        "loyalty_points": 120,
        "tier": "vip",
        "last_visit": {"id": "v1"},
        "next_visit": None,
        "no_shows": 1,
        "cancellations": 0,
        "consents_missing": [],
        "consents_expired": [],
    }
    assert card["unavailable"] == []


def test_a_failed_service_nulls_its_sections_and_is_named_with_them():
    answers = {"profile": PROFILE, "loyalty": LOYALTY, "messaging": {"recent": []}, "files": {"recent": []}}
    card = compose(answers, ["billing"], EVERYTHING)

    assert card["balance"] is None
    assert card["summary"]["total_spent"] is None
    assert card["summary"]["loyalty_points"] == 120
    assert card["unavailable"] == ["balance", "billing"]


def test_without_profile_the_rest_of_the_card_is_still_served():
    card = compose({"billing": BILLING, "loyalty": LOYALTY}, ["profile", "messaging", "files"], EVERYTHING)

    assert card["client"] is None
    assert card["loyalty"] == LOYALTY
    assert set(card["unavailable"]) >= {"client", "alerts", "visits", "messages", "files", "profile", "messaging"}


def test_sections_outside_the_keys_scopes_are_null_and_named_restricted_not_unavailable():
    desk = CardView(frozenset({"client", "alerts", "visits"}), clinical_notes=False, medical_files=False)
    card = compose({"profile": PROFILE, "billing": BILLING, "loyalty": LOYALTY}, ["messaging"], desk)

    assert card["balance"] is card["loyalty"] is card["messages"] is card["files"] is None
    assert card["summary"]["balance"] is card["summary"]["total_paid"] is card["summary"]["loyalty_points"] is None
    assert card["summary"]["visits_count"] == 3
    assert card["restricted_sections"] == ["balance", "loyalty", "messages", "files"]
    assert card["unavailable"] == ["messaging"]


def test_clinical_alerts_and_medical_files_show_only_to_keys_that_may_see_them():
    profile = {**PROFILE, "alerts": [{"id": "n1", "kind": "clinical"}, {"id": "n2", "kind": "alert"}]}
    files = {
        "recent": [{"id": "f1", "kind": "photo", "created_at": "2026-01-01T00:00:00+00:00"}],
        "medical": [{"id": "f2", "kind": "medical", "created_at": "2026-02-01T00:00:00+00:00"}],
    }
    plain = CardView(frozenset(ALL_SECTIONS), clinical_notes=False, medical_files=False)

    hidden = compose({"profile": profile, "files": files}, [], plain)
    shown = compose({"profile": profile, "files": files}, [], EVERYTHING)

    assert [a["id"] for a in hidden["alerts"]] == ["n2"] and hidden["files"] == {"recent": files["recent"]}
    assert [a["id"] for a in shown["alerts"]] == ["n1", "n2"]
    assert [f["id"] for f in shown["files"]["recent"]] == ["f2", "f1"] and "medical" not in shown["files"]


def test_the_summary_names_the_consents_the_next_visit_still_needs():
    files = {
        "recent": [],
        "consents": {
            "next_visit": {"id": "v9"},
            "missing": [{"title": "Laser", "template_id": "t1"}],
            "expired": [{"title": "Peel", "template_id": "t2"}],
        },
    }

    summary = compose({"profile": PROFILE, "files": files}, [], EVERYTHING)["summary"]

    assert summary["consents_missing"] == ["Laser"] and summary["consents_expired"] == ["Peel"]


def test_the_consents_shown_are_those_files_lists_for_the_next_visits_service():
    visit = {"id": "v9", "starts_at": "2026-12-24T10:00:00+00:00", "service": " Laser Hair ", "staff": "Bo"}
    profile = {**PROFILE, "summary": {**PROFILE["summary"], "next_visit": visit}}
    files = {
        "recent": [],
        "consent_gaps": {
            "laser hair": {
                "missing": [{"template_id": "t1", "title": "Laser"}],
                "expired": [{"template_id": "t2", "title": "Risks", "expired_at": "2026-01-01T00:00:00+00:00"}],
            },
            "peel": {"missing": [{"template_id": "t3", "title": "Peel"}], "expired": []},
        },
    }

    card = compose({"profile": profile, "files": files}, [], EVERYTHING)

    assert card["files"]["consents"] == {
        "next_visit": {"id": "v9", "starts_at": "2026-12-24T10:00:00+00:00", "service": " Laser Hair "},
        "missing": [{"template_id": "t1", "title": "Laser", "service": " Laser Hair "}],
        "expired": [
            {"template_id": "t2", "title": "Risks", "service": " Laser Hair ", "expired_at": "2026-01-01T00:00:00+00:00"}
        ],
    }
    assert "consent_gaps" not in card["files"]
    assert card["summary"]["consents_missing"] == ["Laser"] and card["summary"]["consents_expired"] == ["Risks"]


def test_without_a_next_visit_no_consent_is_missing_and_without_profile_they_are_unavailable():
    files = {"recent": [], "consent_gaps": {"peel": {"missing": [{"template_id": "t3", "title": "Peel"}], "expired": []}}}

    no_visit = compose({"profile": PROFILE, "files": files}, [], EVERYTHING)["files"]["consents"]
    no_profile = compose({"files": files}, ["profile"], EVERYTHING)["files"]["consents"]

    assert no_visit == {"next_visit": None, "missing": [], "expired": []}
    assert no_profile == {"next_visit": None, "missing": [], "expired": [], "unavailable": True}
