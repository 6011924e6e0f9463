"""Contains all the data models used in inputs/outputs"""

from .acknowledge import Acknowledge
from .adjustment_create import AdjustmentCreate
from .api_key import ApiKey
from .api_key_create import ApiKeyCreate
from .api_key_create_scopes_item import ApiKeyCreateScopesItem
from .api_key_list import ApiKeyList
from .api_key_rate_limit import ApiKeyRateLimit
from .api_key_rotate import ApiKeyRotate
from .attempt import Attempt
from .audit_entry import AuditEntry
from .audit_page import AuditPage
from .balance import Balance
from .billing_export import BillingExport
from .call import Call
from .call_create import CallCreate
from .call_create_direction import CallCreateDirection
from .call_create_outcome import CallCreateOutcome
from .call_direction import CallDirection
from .call_list import CallList
from .call_outcome import CallOutcome
from .callback_result import CallbackResult
from .campaign import Campaign
from .campaign_counts import CampaignCounts
from .campaign_create import CampaignCreate
from .campaign_create_channel import CampaignCreateChannel
from .campaign_segment import CampaignSegment
from .card import Card
from .card_alert import CardAlert
from .card_balance import CardBalance
from .card_call import CardCall
from .card_call_direction import CardCallDirection
from .card_consents import CardConsents
from .card_file import CardFile
from .card_file_kind import CardFileKind
from .card_files import CardFiles
from .card_message import CardMessage
from .card_message_channel import CardMessageChannel
from .card_messages import CardMessages
from .card_on_file import CardOnFile
from .card_on_file_create import CardOnFileCreate
from .card_on_file_list import CardOnFileList
from .card_restricted_sections_item import CardRestrictedSectionsItem
from .card_summary import CardSummary
from .card_visits import CardVisits
from .client_create import ClientCreate
from .client_create_custom_fields import ClientCreateCustomFields
from .client_create_gender_type_1 import ClientCreateGenderType1
from .client_create_gender_type_2_type_1 import ClientCreateGenderType2Type1
from .client_create_gender_type_3_type_1 import ClientCreateGenderType3Type1
from .client_page import ClientPage
from .client_patch import ClientPatch
from .client_patch_custom_fields import ClientPatchCustomFields
from .client_patch_gender_type_1 import ClientPatchGenderType1
from .client_patch_gender_type_2_type_1 import ClientPatchGenderType2Type1
from .client_patch_gender_type_3_type_1 import ClientPatchGenderType3Type1
from .client_record import ClientRecord
from .client_record_custom_fields import ClientRecordCustomFields
from .consent import Consent
from .consent_answers import ConsentAnswers
from .consent_gap import ConsentGap
from .consent_list import ConsentList
from .consent_template import ConsentTemplate
from .consent_template_in import ConsentTemplateIn
from .consent_template_list import ConsentTemplateList
from .consent_visit import ConsentVisit
from .credit_adjustment import CreditAdjustment
from .custom_field import CustomField
from .custom_field_create import CustomFieldCreate
from .custom_field_create_type import CustomFieldCreateType
from .custom_field_list import CustomFieldList
from .custom_field_patch import CustomFieldPatch
from .delivery import Delivery
from .delivery_page import DeliveryPage
from .direct_upload import DirectUpload
from .direct_upload_fields import DirectUploadFields
from .direct_upload_request import DirectUploadRequest
from .direct_upload_request_kind import DirectUploadRequestKind
from .direct_upload_request_stage import DirectUploadRequestStage
from .download_file_variant import DownloadFileVariant
from .duplicate import Duplicate
from .duplicate_list import DuplicateList
from .entry import Entry
from .erase import Erase
from .erasure import Erasure
from .erasure_services import ErasureServices
from .erasure_services_additional_property import ErasureServicesAdditionalProperty
from .erasure_status import ErasureStatus
from .event import Event
from .event_data import EventData
from .event_page import EventPage
from .event_ref import EventRef
from .expiring_points import ExpiringPoints
from .export import Export
from .export_clients_csv_status import ExportClientsCsvStatus
from .export_clients_xlsx_status import ExportClientsXlsxStatus
from .favourite import Favourite
from .file import File
from .file_form import FileForm
from .file_form_kind import FileFormKind
from .file_form_stage import FileFormStage
from .file_list import FileList
from .files_export import FilesExport
from .get_timeline_kind_item import GetTimelineKindItem
from .import_ import Import
from .import_columns import ImportColumns
from .import_counts import ImportCounts
from .import_problem import ImportProblem
from .import_progress import ImportProgress
from .import_reconciliation import ImportReconciliation
from .import_reconciliation_differences import ImportReconciliationDifferences
from .import_reconciliation_ledger_type_0 import ImportReconciliationLedgerType0
from .import_reconciliation_loyalty_type_0 import ImportReconciliationLoyaltyType0
from .import_totals import ImportTotals
from .import_upload import ImportUpload
from .import_upload_kind import ImportUploadKind
from .invoice import Invoice
from .invoice_create import InvoiceCreate
from .invoice_line import InvoiceLine
from .invoice_line_create import InvoiceLineCreate
from .invoice_line_create_kind import InvoiceLineCreateKind
from .invoice_page import InvoicePage
from .link import Link
from .link_out import LinkOut
from .link_relation import LinkRelation
from .list_events_type_type_0_item import ListEventsTypeType0Item
from .list_notes_kind import ListNotesKind
from .list_visits_status import ListVisitsStatus
from .list_webhook_deliveries_status_type_1 import ListWebhookDeliveriesStatusType1
from .list_webhook_deliveries_status_type_2_type_1 import ListWebhookDeliveriesStatusType2Type1
from .list_webhook_deliveries_status_type_3_type_1 import ListWebhookDeliveriesStatusType3Type1
from .location import Location
from .location_create import LocationCreate
from .location_list import LocationList
from .location_patch import LocationPatch
from .loyalty import Loyalty
from .loyalty_card import LoyaltyCard
from .loyalty_card_create import LoyaltyCardCreate
from .loyalty_card_create_type import LoyaltyCardCreateType
from .loyalty_program import LoyaltyProgram
from .loyalty_program_update import LoyaltyProgramUpdate
from .loyalty_tier import LoyaltyTier
from .loyalty_transaction import LoyaltyTransaction
from .me import Me
from .membership_cancel import MembershipCancel
from .membership_freeze import MembershipFreeze
from .membership_freeze_effect import MembershipFreezeEffect
from .membership_freeze_window import MembershipFreezeWindow
from .merge_record import MergeRecord
from .merge_record_moved import MergeRecordMoved
from .merge_request import MergeRequest
from .merge_request_keep import MergeRequestKeep
from .merge_request_keep_additional_property import MergeRequestKeepAdditionalProperty
from .merge_result import MergeResult
from .merge_result_fields import MergeResultFields
from .merge_result_moves import MergeResultMoves
from .merge_result_moving import MergeResultMoving
from .message import Message
from .message_create import MessageCreate
from .message_create_channel import MessageCreateChannel
from .message_create_notification_type import MessageCreateNotificationType
from .message_create_variables import MessageCreateVariables
from .message_list import MessageList
from .message_status import MessageStatus
from .messaging_export import MessagingExport
from .messaging_export_calls_item import MessagingExportCallsItem
from .messaging_export_preference_changes_item import MessagingExportPreferenceChangesItem
from .money import Money
from .month import Month
from .movement import Movement
from .new_payment import NewPayment
from .note import Note
from .note_create import NoteCreate
from .note_create_kind import NoteCreateKind
from .note_list import NoteList
from .note_update import NoteUpdate
from .note_update_kind import NoteUpdateKind
from .pagination_metadata import PaginationMetadata
from .parked_event import ParkedEvent
from .parked_event_list import ParkedEventList
from .parked_event_payload import ParkedEventPayload
from .parked_event_status import ParkedEventStatus
from .payment import Payment
from .payment_create import PaymentCreate
from .payment_create_method import PaymentCreateMethod
from .person import Person
from .photo_pair import PhotoPair
from .photo_pair_list import PhotoPairList
from .points import Points
from .points_adjustment import PointsAdjustment
from .points_adjustment_type import PointsAdjustmentType
from .preference_change import PreferenceChange
from .preference_change_channels import PreferenceChangeChannels
from .preference_change_list import PreferenceChangeList
from .preference_change_types import PreferenceChangeTypes
from .preferences import Preferences
from .preferences_channels import PreferencesChannels
from .preferences_types import PreferencesTypes
from .preferences_update import PreferencesUpdate
from .preferences_update_channels import PreferencesUpdateChannels
from .preferences_update_source import PreferencesUpdateSource
from .preferences_update_types import PreferencesUpdateTypes
from .problem import Problem
from .problem_errors import ProblemErrors
from .profile_export import ProfileExport
from .profile_export_merges_item import ProfileExportMergesItem
from .profile_export_sealed_item import ProfileExportSealedItem
from .profile_photo import ProfilePhoto
from .rate_limit import RateLimit
from .reader import Reader
from .receive_provider_callback_data_body import ReceiveProviderCallbackDataBody
from .receive_provider_callback_json_body import ReceiveProviderCallbackJsonBody
from .refund import Refund
from .refund_create import RefundCreate
from .refund_create_to import RefundCreateTo
from .rendered import Rendered
from .replay_result import ReplayResult
from .replay_result_replayed import ReplayResultReplayed
from .search_clients_sort import SearchClientsSort
from .search_clients_status import SearchClientsStatus
from .segment import Segment
from .sensitive_read import SensitiveRead
from .sensitive_read_page import SensitiveReadPage
from .sign_consent import SignConsent
from .sign_consent_answers import SignConsentAnswers
from .statistics import Statistics
from .template import Template
from .template_channel import TemplateChannel
from .template_create import TemplateCreate
from .template_create_channel import TemplateCreateChannel
from .template_create_notification_type import TemplateCreateNotificationType
from .template_field import TemplateField
from .template_list import TemplateList
from .template_notification_type import TemplateNotificationType
from .template_preview import TemplatePreview
from .template_preview_variables import TemplatePreviewVariables
from .timeline import Timeline
from .timeline_item import TimelineItem
from .timeline_item_kind import TimelineItemKind
from .timeline_source import TimelineSource
from .top_up_create import TopUpCreate
from .top_up_create_method import TopUpCreateMethod
from .transfer_create import TransferCreate
from .undo_result import UndoResult
from .unsubscribed import Unsubscribed
from .upload_file_body import UploadFileBody
from .upload_file_body_kind import UploadFileBodyKind
from .upload_file_body_stage import UploadFileBodyStage
from .visit import Visit
from .visit_create import VisitCreate
from .visit_create_status import VisitCreateStatus
from .visit_list import VisitList
from .visit_update import VisitUpdate
from .visit_update_status import VisitUpdateStatus
from .void import Void
from .webhook import Webhook
from .webhook_create import WebhookCreate
from .webhook_page import WebhookPage
from .webhook_update import WebhookUpdate
from .withdraw import Withdraw

__all__ = (
    "Acknowledge",
    "AdjustmentCreate",
    "ApiKey",
    "ApiKeyCreate",
    "ApiKeyCreateScopesItem",
    "ApiKeyList",
    "ApiKeyRateLimit",
    "ApiKeyRotate",
    "Attempt",
    "AuditEntry",
    "AuditPage",
    "Balance",
    "BillingExport",
    "Call",
    "CallbackResult",
    "CallCreate",
    "CallCreateDirection",
    "CallCreateOutcome",
    "CallDirection",
    "CallList",
    "CallOutcome",
    "Campaign",
    "CampaignCounts",
    "CampaignCreate",
    "CampaignCreateChannel",
    "CampaignSegment",
    "Card",
    "CardAlert",
    "CardBalance",
    "CardCall",
    "CardCallDirection",
    "CardConsents",
    "CardFile",
    "CardFileKind",
    "CardFiles",
    "CardMessage",
    "CardMessageChannel",
    "CardMessages",
    "CardOnFile",
    "CardOnFileCreate",
    "CardOnFileList",
    "CardRestrictedSectionsItem",
    "CardSummary",
    "CardVisits",
    "ClientCreate",
    "ClientCreateCustomFields",
    "ClientCreateGenderType1",
    "ClientCreateGenderType2Type1",
    "ClientCreateGenderType3Type1",
    "ClientPage",
    "ClientPatch",
    "ClientPatchCustomFields",
    "ClientPatchGenderType1",
    "ClientPatchGenderType2Type1",
    "ClientPatchGenderType3Type1",
    "ClientRecord",
    "ClientRecordCustomFields",
    "Consent",
    "ConsentAnswers",
    "ConsentGap",
    "ConsentList",
    "ConsentTemplate",
    "ConsentTemplateIn",
    "ConsentTemplateList",
    "ConsentVisit",
    "CreditAdjustment",
    "CustomField",
    "CustomFieldCreate",
    "CustomFieldCreateType",
    "CustomFieldList",
    "CustomFieldPatch",
    "Delivery",
    "DeliveryPage",
    "DirectUpload",
    "DirectUploadFields",
    "DirectUploadRequest",
    "DirectUploadRequestKind",
    "DirectUploadRequestStage",
    "DownloadFileVariant",
    "Duplicate",
    "DuplicateList",
    "Entry",
    "Erase",
    "Erasure",
    "ErasureServices",
    "ErasureServicesAdditionalProperty",
    "ErasureStatus",
    "Event",
    "EventData",
    "EventPage",
    "EventRef",
    "ExpiringPoints",
    "Export",
    "ExportClientsCsvStatus",
    "ExportClientsXlsxStatus",
    "Favourite",
    "File",
    "FileForm",
    "FileFormKind",
    "FileFormStage",
    "FileList",
    "FilesExport",
    "GetTimelineKindItem",
    "Import",
    "ImportColumns",
    "ImportCounts",
    "ImportProblem",
    "ImportProgress",
    "ImportReconciliation",
    "ImportReconciliationDifferences",
    "ImportReconciliationLedgerType0",
    "ImportReconciliationLoyaltyType0",
    "ImportTotals",
    "ImportUpload",
    "ImportUploadKind",
    "Invoice",
    "InvoiceCreate",
    "InvoiceLine",
    "InvoiceLineCreate",
    "InvoiceLineCreateKind",
    "InvoicePage",
    "Link",
    "LinkOut",
    "LinkRelation",
    "ListEventsTypeType0Item",
    "ListNotesKind",
    "ListVisitsStatus",
    "ListWebhookDeliveriesStatusType1",
    "ListWebhookDeliveriesStatusType2Type1",
    "ListWebhookDeliveriesStatusType3Type1",
    "Location",
    "LocationCreate",
    "LocationList",
    "LocationPatch",
    "Loyalty",
    "LoyaltyCard",
    "LoyaltyCardCreate",
    "LoyaltyCardCreateType",
    "LoyaltyProgram",
    "LoyaltyProgramUpdate",
    "LoyaltyTier",
    "LoyaltyTransaction",
    "Me",
    "MembershipCancel",
    "MembershipFreeze",
    "MembershipFreezeEffect",
    "MembershipFreezeWindow",
    "MergeRecord",
    "MergeRecordMoved",
    "MergeRequest",
    "MergeRequestKeep",
    "MergeRequestKeepAdditionalProperty",
    "MergeResult",
    "MergeResultFields",
    "MergeResultMoves",
    "MergeResultMoving",
    "Message",
    "MessageCreate",
    "MessageCreateChannel",
    "MessageCreateNotificationType",
    "MessageCreateVariables",
    "MessageList",
    "MessageStatus",
    "MessagingExport",
    "MessagingExportCallsItem",
    "MessagingExportPreferenceChangesItem",
    "Money",
    "Month",
    "Movement",
    "NewPayment",
    "Note",
    "NoteCreate",
    "NoteCreateKind",
    "NoteList",
    "NoteUpdate",
    "NoteUpdateKind",
    "PaginationMetadata",
    "ParkedEvent",
    "ParkedEventList",
    "ParkedEventPayload",
    "ParkedEventStatus",
    "Payment",
    "PaymentCreate",
    "PaymentCreateMethod",
    "Person",
    "PhotoPair",
    "PhotoPairList",
    "Points",
    "PointsAdjustment",
    "PointsAdjustmentType",
    "PreferenceChange",
    "PreferenceChangeChannels",
    "PreferenceChangeList",
    "PreferenceChangeTypes",
    "Preferences",
    "PreferencesChannels",
    "PreferencesTypes",
    "PreferencesUpdate",
    "PreferencesUpdateChannels",
    "PreferencesUpdateSource",
    "PreferencesUpdateTypes",
    "Problem",
    "ProblemErrors",
    "ProfileExport",
    "ProfileExportMergesItem",
    "ProfileExportSealedItem",
    "ProfilePhoto",
    "RateLimit",
    "Reader",
    "ReceiveProviderCallbackDataBody",
    "ReceiveProviderCallbackJsonBody",
    "Refund",
    "RefundCreate",
    "RefundCreateTo",
    "Rendered",
    "ReplayResult",
    "ReplayResultReplayed",
    "SearchClientsSort",
    "SearchClientsStatus",
    "Segment",
    "SensitiveRead",
    "SensitiveReadPage",
    "SignConsent",
    "SignConsentAnswers",
    "Statistics",
    "Template",
    "TemplateChannel",
    "TemplateCreate",
    "TemplateCreateChannel",
    "TemplateCreateNotificationType",
    "TemplateField",
    "TemplateList",
    "TemplateNotificationType",
    "TemplatePreview",
    "TemplatePreviewVariables",
    "Timeline",
    "TimelineItem",
    "TimelineItemKind",
    "TimelineSource",
    "TopUpCreate",
    "TopUpCreateMethod",
    "TransferCreate",
    "UndoResult",
    "Unsubscribed",
    "UploadFileBody",
    "UploadFileBodyKind",
    "UploadFileBodyStage",
    "Visit",
    "VisitCreate",
    "VisitCreateStatus",
    "VisitList",
    "VisitUpdate",
    "VisitUpdateStatus",
    "Void",
    "Webhook",
    "WebhookCreate",
    "WebhookPage",
    "WebhookUpdate",
    "Withdraw",
)
