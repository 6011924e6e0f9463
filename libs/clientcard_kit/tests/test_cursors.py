"""A list's cursor reads back as the key it packed; any other string is one error, a 422 naming the field."""

import datetime
import uuid

import pytest

from clientcard_kit import cursors
from clientcard_kit.cursors import BadCursor


def _at(value: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(value)


def test_a_cursor_reads_back_as_the_key_it_packed():
    when, row = datetime.datetime(2026, 3, 1, 9, 30, tzinfo=datetime.UTC), uuid.uuid4()

    cursor = cursors.encode([when, str(row), 42])

    assert "=" not in cursor  # fit for a query string as it is
    assert cursors.decode(cursor, _at, uuid.UUID, cursors.row_id) == (when, row, 42)


def test_no_cursor_is_the_first_page():
    assert cursors.decode(None, int) is None and cursors.decode("", int) is None


@pytest.mark.parametrize(
    "cursor",
    [
        "not base64 at all!",
        cursors.encode([1, 2]),  # another list's shape
        cursors.encode(["yesterday"]),  # a value its converter refuses
        cursors.encode([0]),  # not a row id
        cursors.encode([2**63]),
        cursors.encode({"id": 1}),
        "gICA",  # bytes that are not UTF-8
    ],
)
def test_a_cursor_we_did_not_give_is_a_422_naming_its_field(cursor):
    with pytest.raises(BadCursor) as raised:
        cursors.decode(cursor, cursors.row_id, field="after")

    assert raised.value.status == 422
    assert list(raised.value.errors) == ["after"]


def test_a_page_has_a_next_cursor_only_when_a_row_is_left_over():
    rows = [{"id": n} for n in (5, 4, 3)]

    assert cursors.page(rows, 3, key=lambda row: [row["id"]]) == (rows, None)
    items, cursor = cursors.page(rows, 2, key=lambda row: [row["id"]])
    assert items == rows[:2] and cursors.decode(cursor, cursors.row_id) == (4,)
