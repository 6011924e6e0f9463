"""The client export: every active client once, page by page, in a stable order."""

import pytest

from clientcard_kit import cursors
from clientcard_profile.exceptions import SearchInvalid
from clientcard_profile.use_cases import exports


def test_paging_through_the_export_yields_every_client_once(db):
    made = {db.client(tags=["a", "b"])["id"] for _ in range(5)}
    seen, cursor = [], None
    while True:
        page = exports.export_clients(db.uow(), cursor=cursor, limit=3)
        seen += [row["id"] for row in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert made <= set(seen)
    assert len(seen) == len(set(seen))
    assert page["columns"][0] == "id"


def test_list_cells_are_joined_for_a_spreadsheet(db):
    client = db.client(tags=["vip", "new"])
    rows = []
    cursor = None
    while True:
        page = exports.export_clients(db.uow(), cursor=cursor, limit=1000)
        rows += page["items"]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    row = next(r for r in rows if r["id"] == client["id"])
    assert row["tags"] == "vip; new"


def test_a_forged_cursor_or_unknown_status_is_refused(db):
    with pytest.raises(cursors.BadCursor):
        exports.export_clients(db.uow(), cursor="zzz")
    with pytest.raises(SearchInvalid):
        exports.export_clients(db.uow(), status="deleted")
