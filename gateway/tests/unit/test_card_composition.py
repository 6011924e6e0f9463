"""The card is laid out from the services' sections; a missing service costs only its sections."""
from gateway.card import compose

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
        {"profile": PROFILE, "billing": BILLING, "loyalty": LOYALTY, "messaging": {"recent": []}, "files": {"recent": []}}, []
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
    }
    assert card["unavailable"] == []


def test_a_failed_service_nulls_its_sections_and_is_named_with_them():
    card = compose({"profile": PROFILE, "loyalty": LOYALTY, "messaging": {"recent": []}, "files": {"recent": []}}, ["billing"])

    assert card["balance"] is None
    assert card["summary"]["total_spent"] is None
    assert card["summary"]["loyalty_points"] == 120
    assert card["unavailable"] == ["balance", "billing"]


def test_without_profile_the_rest_of_the_card_is_still_served():
    card = compose({"billing": BILLING, "loyalty": LOYALTY}, ["profile", "messaging", "files"])

    assert card["client"] is None
    assert card["loyalty"] == LOYALTY
    assert set(card["unavailable"]) >= {"client", "alerts", "visits", "messages", "files", "profile", "messaging"}
