"""Which internal events integrators hear of, under which API type, scope and id."""

import uuid

from gateway.card_projector import mapping
from gateway.webhooks import catalogue

CLIENT = "0b4e0f8e-0000-4000-8000-00000000000a"


def _event(**facts):
    return {"event_id": str(uuid.uuid4()), "occurred_at": "2025-01-02T03:04:05+00:00", "client_id": CLIENT, **facts}


def test_the_issue_s_internal_events_become_resource_verb_types():
    pairs = {
        ("billing", "payment_recorded"): "payment.recorded",
        ("billing", "balance_changed"): "balance.changed",
        ("loyalty", "points_earned"): "points.earned",
        ("messaging", "message_status_changed"): "message.status_changed",
        ("files", "file_stored"): "file.added",
        ("profile", "client_created"): "client.created",
        ("profile", "client_merged"): "client.merged",
        ("profile", "visit_cancelled"): "visit.updated",
    }
    for (service, event_type), api_type in pairs.items():
        assert catalogue.translate(service, event_type, _event()).type == api_type


def test_every_translated_type_is_one_api_md_lists():
    assert {kind.type for kind in catalogue.TRANSLATIONS.values()} <= set(catalogue.EVENT_TYPES)


def test_the_catalogue_builds_on_the_card_read_model_s_events():
    projected = {(service, event_type) for service, types in mapping.EVENTS.items() for event_type in types}
    not_yet_emitted = {("profile", "consent_signed"), ("files", "consent_signed")}
    assert set(catalogue.TRANSLATIONS) - not_yet_emitted <= projected


def test_internal_events_integrators_are_not_told_of_translate_to_nothing():
    assert catalogue.translate("billing", "account_opened", _event()) is None
    assert catalogue.translate("profile", "note_added", _event()) is None
    assert catalogue.translate("billing", "payment_recorded", {"client_id": CLIENT}) is None  # no event id


def test_a_redelivered_event_keeps_its_api_id_and_another_service_s_gets_another():
    payload = _event()
    first = catalogue.translate("billing", "balance_changed", payload)
    assert catalogue.translate("billing", "balance_changed", dict(payload)).id == first.id
    assert catalogue.translate("billing", "invoice_issued", payload).id != first.id


def test_a_medical_file_needs_the_medical_scope_to_be_seen():
    assert catalogue.translate("files", "file_stored", _event(kind="medical")).scope == "files:medical"
    assert catalogue.translate("files", "file_stored", _event(kind="photo")).scope == "files:read"


def test_an_erased_client_s_event_carries_its_id_and_no_envelope():
    event = catalogue.translate("profile", "client_erased", _event())
    assert event.resource is None
    assert catalogue.fallback_data(event) == {"id": CLIENT}


def test_an_event_names_its_own_locations_as_hints():
    event = catalogue.translate("billing", "invoice_issued", _event(location_id="L1", invoice_id="i"))
    assert event.location_hints() == ["L1"]


def test_a_subscription_names_known_types_or_the_wildcard_alone():
    assert catalogue.unknown_types(["*"]) == []
    assert catalogue.unknown_types(["client.created", "payment.recorded"]) == []
    assert catalogue.unknown_types(["client.created", "client.deleted"]) == ["client.deleted"]
    assert catalogue.unknown_types(["*", "client.created"]) == ["*"]
