"""files' entrypoints hand over to one use case (nameko's worker_factory)."""

import uuid
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

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
    uow.consents.latest_templates.return_value = []
    uow.consents.for_client.return_value = []
    service.context.may.return_value = False

    assert service.get_card_section(str(uuid.uuid4())) == {"recent": [], "consent_gaps": {}}


def test_the_card_section_carries_recent_medical_files_apart_for_callers_who_may_see_them():
    service = worker_factory(FilesService)
    uow = service.uow
    uow.__enter__.return_value = uow
    uow.files.page_for_client.return_value = []
    uow.consents.latest_templates.return_value = []
    uow.consents.for_client.return_value = []
    service.context.may.side_effect = lambda scope: scope == "files:medical"

    assert service.get_card_section(str(uuid.uuid4()))["medical"] == []


def test_the_card_section_lists_consent_gaps_by_service_without_asking_profile():
    now = datetime.now(UTC)
    laser = SimpleNamespace(id=1, title="Laser", services=[" Laser Hair ", "peel"])
    risks = SimpleNamespace(id=2, title="Risks", services=["Laser hair"])
    lapsed = SimpleNamespace(
        template_id=2, withdrawn_at=None, expires_at=now - timedelta(days=1), signed_at=now - timedelta(days=400)
    )
    service = worker_factory(FilesService)
    uow = service.uow
    uow.__enter__.return_value = uow
    uow.files.page_for_client.return_value = []
    uow.consents.latest_templates.return_value = [laser, risks]
    uow.consents.for_client.return_value = [lapsed]
    service.context.may.return_value = False
    service.clock.return_value = now

    gaps = service.get_card_section(str(uuid.uuid4()))["consent_gaps"]

    assert gaps == {
        "laser hair": {
            "missing": [{"template_id": "1", "title": "Laser"}],
            "expired": [{"template_id": "2", "title": "Risks", "expired_at": lapsed.expires_at.isoformat()}],
        },
        "peel": {"missing": [{"template_id": "1", "title": "Laser"}], "expired": []},
    }
