"""Which card sections an event drops: its own service's, of every client it names; identity changes drop all."""

from gateway.card_projector import mapping

A, B = "0b4e0f8e-0000-4000-8000-00000000000a", "0b4e0f8e-0000-4000-8000-00000000000b"


def test_a_payment_drops_the_billing_section_of_the_client_and_the_payer():
    drops = mapping.drops_for("billing", "payment_recorded", {"event_id": "e1", "client_id": A, "payer_client_id": B})
    assert drops == {A: {"billing"}, B: {"billing"}}


def test_a_transfer_drops_both_clients_billing_sections():
    drops = mapping.drops_for("billing", "balance_changed", {"client_id": A, "to_client_id": B, "balance_minor": 5})
    assert drops == {A: {"billing"}, B: {"billing"}}


def test_loyalty_messaging_and_files_events_drop_their_own_section_only():
    assert mapping.drops_for("loyalty", "gift_card_changed", {"client_id": A, "card_id": "c"}) == {A: {"loyalty"}}
    assert mapping.drops_for("messaging", "message_status_changed", {"client_id": A}) == {A: {"messaging"}}
    assert mapping.drops_for("files", "file_deleted", {"client_id": A, "file_id": "f"}) == {A: {"files"}}


def test_a_merge_and_its_undo_drop_the_whole_card_of_both_clients():
    for event_type in ("client_merged", "client_merge_undone", "client_erased", "client_archived"):
        drops = mapping.drops_for("profile", event_type, {"client_id": A, "source_id": B, "merge_id": "m"})
        assert drops == {A: mapping.WHOLE_CARD, B: mapping.WHOLE_CARD}


def test_a_service_that_moved_a_merged_clients_data_drops_its_section_of_both():
    drops = mapping.drops_for("files", "client_data_moved", {"client_id": A, "source_id": B, "merge_id": "m"})
    assert drops == {A: {"files"}, B: {"files"}}


def test_an_event_that_changes_no_card_drops_nothing():
    assert mapping.drops_for("profile", "location_created", {"location_id": A}) == {}
    assert mapping.drops_for("loyalty", "points_expiring", {"client_id": A}) == {}
    assert mapping.drops_for("billing", "payment_recorded", {"invoice_id": A}) == {}


def test_combined_drops_add_up_per_client_and_a_whole_card_drop_covers_the_rest():
    combined = mapping.combine(
        [
            {A: frozenset({"billing"})},
            {A: frozenset({"loyalty"}), B: frozenset({"files"})},
            {B: mapping.WHOLE_CARD},
            {B: frozenset({"messaging"})},
        ]
    )
    assert combined == {A: {"billing", "loyalty"}, B: mapping.WHOLE_CARD}


def test_the_queue_is_bound_to_each_services_exchange_for_its_events():
    bindings = mapping.bindings()
    assert ("billing.events", "balance_changed") in bindings
    assert ("profile.events", "client_merged") in bindings
    assert ("loyalty.events", "points_spent") in bindings
    assert {exchange for exchange, _ in bindings} == {f"{s}.events" for s in mapping.EVENTS}


def test_a_booked_visit_drops_only_the_profile_section():
    # files' section lists consent gaps per service; the card picks the next visit's from profile's section
    drops = mapping.drops_for("profile", "visit_booked", {"visit_id": "v1", "client_id": "c1"})

    assert drops == {"c1": frozenset({"profile"})}
