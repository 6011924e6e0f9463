"""The query's normal form is asked of PostgreSQL once per text, not once per keystroke search."""

from clientcard_profile.db.repositories import search


class CountingSession:
    def __init__(self):
        self.asked = 0

    def scalar(self, statement):
        self.asked += 1
        return "zoe o'brien"


def test_a_query_already_normalised_costs_no_round_trip():
    session = CountingSession()
    text = "Zoë O'Brien (normalising test)"

    first, again = search.normalise_text(session, text), search.normalise_text(session, text)

    assert first == again == "zoe o'brien" and session.asked == 1


def test_the_kept_forms_are_bounded():
    session = CountingSession()
    for n in range(search.NORMALISED_KEPT + 5):
        search.normalise_text(session, f"bounded {n}")

    assert len(search._NORMALISED) <= search.NORMALISED_KEPT
