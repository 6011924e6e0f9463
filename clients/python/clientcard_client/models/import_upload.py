from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..models.import_upload_kind import ImportUploadKind, check_import_upload_kind
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="ImportUpload")


@_attrs_define
class ImportUpload:
    """
    Attributes:
        file (File): CSV (UTF-8 or Windows-1252) or XLSX, at most 10 MB; the first row names the columns. kind=clients:
            client columns (first_name, last_name, email, phone, ... `custom <key>`), and optional, with these exact names:
            `external_id` (the old system's id: a rerun updates, never duplicates; required with any money, points or card
            column), `home_location` (a location name or id), `opening_balance` (signed decimal in the chain's currency:
            positive prepaid, negative owed; one ledger transaction against equity), `points` and `points_expire_on` (one
            lot; default expiry as earned points), `gift_card_code`, `gift_card_balance`, `gift_card_expires_on`,
            `membership_name`, `membership_next_payment_on`, `credits_name`, `credits_remaining`, `notes` (a note), `alert`
            (a pinned alert), `marketing_opt_in` (yes/no), `consent_source` (required with yes), `consent_at` (RFC 3339).
            Each part is posted once per external_id: the same values again change nothing, other values are a `conflict` in
            the report. kind=visits: `client_external_id`, `starts_at` (RFC 3339), `service`, `staff`, `location` (name or
            id), `status` (default completed), `price` (decimal), optional `external_id`; imported visits earn no points,
            send no notices and fire no webhooks; a completed visit's price counts once (per visit external_id) in the
            client's total spent, total paid and statistics, as a sale settled in the old system: no balance moves. Dates
            are YYYY-MM-DD or DD/MM/YYYY.
        kind (ImportUploadKind | Unset): clients (default) or visits (past visits of imported clients) Default:
            'clients'.
        dry_run (bool | Unset): validate every row against every service's rules and report per row what would happen,
            with the totals; create and post nothing Default: False.
    """

    file: File
    kind: ImportUploadKind | Unset = "clients"
    dry_run: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind

        dry_run = self.dry_run

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file": file,
            }
        )
        if kind is not UNSET:
            field_dict["kind"] = kind
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.kind, Unset):
            files.append(("kind", (None, str(self.kind).encode(), "text/plain")))

        if not isinstance(self.dry_run, Unset):
            files.append(("dry_run", (None, str(self.dry_run).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        _kind = d.pop("kind", UNSET)
        kind: ImportUploadKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = check_import_upload_kind(_kind)

        dry_run = d.pop("dry_run", UNSET)

        import_upload = cls(
            file=file,
            kind=kind,
            dry_run=dry_run,
        )

        return import_upload
