"""profile's entrypoints validate before they touch the database (nameko's worker_factory)."""

import pytest
from nameko.testing.services import worker_factory

from clientcard_kit.errors import InvalidInput
from clientcard_profile.exceptions import ClientNotFound
from clientcard_profile.service import ProfileService
from clientcard_profile.settings import Settings


def test_search_arguments_out_of_bounds_are_refused_before_any_transaction_starts():
    service = worker_factory(ProfileService, settings=Settings(database_url="postgresql://unused", phone_region="GB"))

    with pytest.raises(InvalidInput) as refused:
        service.search_clients({"limit": 500, "birthday_month": 13})

    assert set(refused.value.errors) == {"limit", "birthday_month"}
    service.uow.__enter__.assert_not_called()


def test_a_malformed_client_id_is_not_found():
    service = worker_factory(ProfileService)

    with pytest.raises(ClientNotFound):
        service.get_client("not-a-uuid")
