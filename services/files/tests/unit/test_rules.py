"""Pure rules of files: what an upload may be, consent answers, validity and the next visit's gaps."""

from datetime import UTC, datetime
from types import SimpleNamespace

from clientcard_files.domain import consents, content, tickets

NOW = datetime(2026, 11, 28, tzinfo=UTC)


def test_a_program_is_refused_whatever_its_kind_or_name():
    sniffed = content.sniff(b"MZ\x90\x00rest")
    assert content.problems("photo", sniffed, 10, filename="a.png")["file"] == ["Programs cannot be stored."]
    assert "file" in content.kind_problems("document", "setup.exe", None, None)


def test_a_name_contradicting_the_bytes_is_refused_and_a_matching_one_is_not():
    assert "file" in content.problems("document", "image/png", 10, filename="report.pdf")
    assert content.problems("document", "image/png", 10, filename="scan.PNG") == {}


def test_the_size_limit_is_the_one_given():
    assert "file" in content.problems("document", "application/pdf", 11, filename="a.pdf", max_bytes=10)


def test_required_fields_and_boxes_must_be_answered_and_nothing_else():
    errors = consents.answer_problems([{"key": "a", "required": True}], [{"key": "b", "required": True}], {"a": " ", "c": 1})
    assert set(errors) == {"answers.a", "answers.b", "answers.c"}


def test_validity_ends_on_the_same_day_or_the_months_last():
    assert consents.add_months(datetime(2026, 1, 31, tzinfo=UTC), 1) == datetime(2026, 2, 28, tzinfo=UTC)


def test_the_next_visit_lacks_unsigned_forms_and_forms_whose_signature_expired():
    botox, peel = (SimpleNamespace(id=i, title=t, services=["Botox"]) for i, t in ((1, "Botox"), (2, "Risks")))
    old = SimpleNamespace(
        template_id=2, withdrawn_at=None, expires_at=datetime(2026, 1, 1, tzinfo=UTC), signed_at=datetime(2025, 1, 1, tzinfo=UTC)
    )
    missing, expired = consents.gaps([" botox "], [botox, peel], [old], NOW)
    assert [g.template_id for g in missing] == ["1"] and [g.template_id for g in expired] == ["2"]


def test_a_ticket_is_refused_when_forged_expired_or_for_another_action():
    ticket = tickets.issue("s", {"action": "download", "key": "k"}, now=100, seconds=60)
    assert tickets.read("s", ticket, now=150, action="download")["key"] == "k"
    for secret, now, action in (("other", 150, "download"), ("s", 200, "download"), ("s", 150, "upload")):
        try:
            tickets.read(secret, ticket, now=now, action=action)
        except tickets.BadTicket:
            continue
        raise AssertionError("accepted")
