"""files' entrypoints hand over to one use case (nameko's worker_factory)."""

import uuid

import pytest
from nameko.testing.services import worker_factory

from clientcard_files.service import FilesService


def test_health_reports_the_object_store_as_well_as_the_database():
    service = worker_factory(FilesService)
    service.store.check.side_effect = RuntimeError("bucket clientcard-files is missing")

    with pytest.raises(RuntimeError, match="bucket"):
        service.health()


def test_the_card_section_is_empty_for_a_client_without_files():
    service = worker_factory(FilesService)
    uow = service.uow
    uow.__enter__.return_value = uow
    uow.files.page_for_client.return_value = []

    assert service.get_card_section(str(uuid.uuid4())) == {"recent": []}
