"""The profile service tests' database handle: one per test module, its engine disposed after it."""

import pytest

from .history_support import Database


@pytest.fixture(scope="module")
def db(profile_database_url):
    database = Database(profile_database_url)
    yield database
    database.close()
