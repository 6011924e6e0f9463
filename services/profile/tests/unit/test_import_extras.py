"""The money, points, cards and consent columns of an import row, as pure rules."""

from clientcard_profile.domain.import_columns import map_headers, row_extras, row_input
from clientcard_profile.domain.import_extras import new_parts, parse_extras, part_conflicts


def test_the_exact_column_names_become_parts_and_the_client_fields_stay_apart():
    columns, ignored = map_headers(
        ["first_name", "external_id", "opening_balance", "points", "points_expire_on", "home_location", "notes", "alert"]
    )
    cells = ["Ann", "A1", "-7.25", "100", "31/12/2027", "Soho", "likes tea", "latex"]

    external_id, home, parts, errors = parse_extras(row_extras(columns, cells))

    assert ignored == [] and row_input(columns, cells) == {"first_name": "Ann"}
    assert (external_id, home, dict(errors)) == ("A1", "Soho", {})
    assert parts == {
        "balance": {"amount": "-7.25"},
        "points": {"points": 100, "expires_on": "2027-12-31"},
        "note": {"body": "likes tea"},
        "alert": {"body": "latex"},
    }


def test_bad_cells_are_errors_named_by_their_column():
    _, _, _, errors = parse_extras(
        {
            "opening_balance": "abc",
            "points": "-5",
            "gift_card_code": "G1",
            "credits_name": "Massage",
            "marketing_opt_in": "yes",
            "consent_at": "yesterday",
        }
    )

    assert set(errors) == {"opening_balance", "points", "gift_card_balance", "credits_remaining", "consent_source", "consent_at"}


def test_a_part_posted_with_other_values_is_a_conflict_and_only_unposted_parts_are_new():
    known = {"balance": {"amount_minor": 1250, "currency": "GBP"}}

    assert part_conflicts(known, {"balance": {"amount_minor": 1250, "currency": "GBP"}}) == []
    assert part_conflicts(known, {"balance": {"amount_minor": 9900, "currency": "GBP"}}) == ["balance"]
    assert new_parts(known, {"balance": {}, "points": {}}) == ["points"]
