"""A bad id in the path is an unknown id (404); in a body or a query it is a 422 naming the field."""

import json
import uuid

import pytest

from clientcard_kit.errors import InvalidInput, NotFound
from clientcard_kit.ids import parse_id, parse_id_or_none

ID = "0b7c6f0e-7d42-4c55-9d7e-1f1e2d3c4b5a"


class NoteNotFound(NotFound):
    title = "Note not found"


def test_an_id_is_parsed_whatever_its_form():
    assert parse_id(ID) == uuid.UUID(ID)
    assert parse_id(uuid.UUID(ID)) == uuid.UUID(ID)
    assert parse_id(ID.upper(), field="client_id") == uuid.UUID(ID)


@pytest.mark.parametrize("bad", ["nope", "", "1234", None, 42])
def test_a_bad_path_id_is_the_services_own_404(bad):
    with pytest.raises(NoteNotFound) as raised:
        parse_id(bad, what="note", not_found=NoteNotFound)
    problem = json.loads(str(raised.value))
    assert (problem["status"], problem["title"], problem["detail"]) == (404, "Note not found", f"No note {bad!r}")


def test_a_bad_body_or_query_id_is_a_422_naming_the_field():
    with pytest.raises(InvalidInput) as raised:
        parse_id("nope", field="location_id")
    problem = json.loads(str(raised.value))
    assert problem["status"] == 422 and problem["errors"] == {"location_id": ["Not a valid UUID."]}


def test_or_none_leaves_not_found_to_the_caller():
    assert parse_id_or_none(ID) == uuid.UUID(ID)
    assert parse_id_or_none("nope") is None and parse_id_or_none(None) is None
