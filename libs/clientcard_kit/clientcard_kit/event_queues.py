"""Every event handler queue of the suite: what each service's event handlers consume.

Every nameko process declares all of them before it runs (`python -m clientcard_kit.declare_queues
--config config.yaml`), so whichever service a deploy starts first, no event is published before its
consumers' queues exist. tests/deploy/test_event_queues.py checks this list against the services'
code: a new handler fails it until its queue is added here.
"""

from __future__ import annotations

from clientcard_kit.queues import HandlerQueue

QUEUES: tuple[HandlerQueue, ...] = (
    HandlerQueue("billing", "client_data_erased", "profile", "handle_billing_client_data_erased"),
    HandlerQueue("billing", "invoice_issued", "loyalty", "handle_invoice_issued"),
    HandlerQueue("billing", "invoice_issued", "profile", "handle_invoice_issued"),
    HandlerQueue("billing", "invoice_location_known", "profile", "handle_invoice_location_known"),
    HandlerQueue("billing", "invoice_overdue", "messaging", "handle_invoice_overdue"),
    HandlerQueue("billing", "payment_recorded", "loyalty", "handle_payment_recorded"),
    HandlerQueue("billing", "refund_issued", "loyalty", "handle_refund_issued"),
    HandlerQueue("files", "client_data_erased", "profile", "handle_files_client_data_erased"),
    HandlerQueue("files", "file_deleted", "profile", "handle_file_deleted"),
    HandlerQueue("loyalty", "client_data_erased", "profile", "handle_loyalty_client_data_erased"),
    HandlerQueue("loyalty", "points_expiring", "messaging", "handle_points_expiring"),
    HandlerQueue("messaging", "client_data_erased", "profile", "handle_messaging_client_data_erased"),
    HandlerQueue("messaging", "email_message_queued", "messaging_email", "handle_email_message_queued"),
    HandlerQueue("messaging", "push_message_queued", "messaging_push", "handle_push_message_queued"),
    HandlerQueue("messaging", "sms_message_queued", "messaging_sms", "handle_sms_message_queued"),
    HandlerQueue("profile", "client_created", "billing", "handle_client_created"),
    HandlerQueue("profile", "client_erased", "billing", "handle_client_erased"),
    HandlerQueue("profile", "client_erased", "files", "handle_client_erased"),
    HandlerQueue("profile", "client_erased", "loyalty", "handle_client_erased"),
    HandlerQueue("profile", "client_erased", "messaging", "handle_client_erased"),
    HandlerQueue("profile", "client_merge_undone", "billing", "handle_client_merge_undone"),
    HandlerQueue("profile", "client_merge_undone", "files", "handle_client_merge_undone"),
    HandlerQueue("profile", "client_merge_undone", "loyalty", "handle_client_merge_undone"),
    HandlerQueue("profile", "client_merge_undone", "messaging", "handle_client_merge_undone"),
    HandlerQueue("profile", "client_merged", "billing", "handle_client_merged"),
    HandlerQueue("profile", "client_merged", "files", "handle_client_merged"),
    HandlerQueue("profile", "client_merged", "loyalty", "handle_client_merged"),
    HandlerQueue("profile", "client_merged", "messaging", "handle_client_merged"),
    HandlerQueue("profile", "import_batch_accepted", "billing", "handle_import_batch_accepted"),
    HandlerQueue("profile", "import_batch_accepted", "loyalty", "handle_import_batch_accepted"),
    HandlerQueue("profile", "import_batch_accepted", "messaging", "handle_import_batch_accepted"),
    HandlerQueue("profile", "location_created", "billing", "handle_location_created"),
    HandlerQueue("profile", "location_created", "loyalty", "handle_location_created"),
    HandlerQueue("profile", "location_updated", "billing", "handle_location_updated"),
    HandlerQueue("profile", "location_updated", "loyalty", "handle_location_updated"),
    HandlerQueue("profile", "location_updated", "messaging", "handle_location_updated"),
    HandlerQueue("profile", "visit_booked", "messaging", "handle_visit_booked"),
    HandlerQueue("profile", "visit_cancelled", "messaging", "handle_visit_cancelled"),
    HandlerQueue("profile", "visit_updated", "messaging", "handle_visit_updated"),
)
