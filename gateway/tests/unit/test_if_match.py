"""`If-Match` read as the version a write expects: a tag that cannot be one of ours is a version no resource
has, so the service answers 404 for a missing resource before the 412 of a stale tag."""

import pytest
from flask import Flask

from gateway.requests_ctx import NO_VERSION, expected_version


@pytest.mark.parametrize(
    ("header", "version"),
    [
        ('"3"', 3),
        ('W/"3"', 3),
        ('"3", "4"', 3),
        ("*", None),
        ("", None),
        ('"not-a-version"', NO_VERSION),
        ('"²"', NO_VERSION),
        (f'"{"9" * 5000}"', NO_VERSION),
    ],
)
def test_the_tag_is_the_version_or_one_no_resource_has(header, version):
    with Flask(__name__).test_request_context(headers={"If-Match": header} if header else {}):
        assert expected_version() == version
