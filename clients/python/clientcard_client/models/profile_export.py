from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_entry import AuditEntry
    from ..models.client_record import ClientRecord
    from ..models.note import Note
    from ..models.profile_export_merges_item import ProfileExportMergesItem
    from ..models.profile_export_sealed_item import ProfileExportSealedItem
    from ..models.visit import Visit


T = TypeVar("T", bound="ProfileExport")


@_attrs_define
class ProfileExport:
    """
    Attributes:
        client (ClientRecord | Unset):
        notes (list[Note] | Unset): clinical ones with `notes:clinical`
        visits (list[Visit] | Unset):
        merges (list[ProfileExportMergesItem] | Unset): merges this client survived or was merged away by
        audit (list[AuditEntry] | Unset): who changed what, when
        sealed (list[ProfileExportSealedItem] | Unset): an erased client's health records kept sealed until
            `delete_after` (admins only)
    """

    client: ClientRecord | Unset = UNSET
    notes: list[Note] | Unset = UNSET
    visits: list[Visit] | Unset = UNSET
    merges: list[ProfileExportMergesItem] | Unset = UNSET
    audit: list[AuditEntry] | Unset = UNSET
    sealed: list[ProfileExportSealedItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = []
            for notes_item_data in self.notes:
                notes_item = notes_item_data.to_dict()
                notes.append(notes_item)

        visits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.visits, Unset):
            visits = []
            for visits_item_data in self.visits:
                visits_item = visits_item_data.to_dict()
                visits.append(visits_item)

        merges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.merges, Unset):
            merges = []
            for merges_item_data in self.merges:
                merges_item = merges_item_data.to_dict()
                merges.append(merges_item)

        audit: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.audit, Unset):
            audit = []
            for audit_item_data in self.audit:
                audit_item = audit_item_data.to_dict()
                audit.append(audit_item)

        sealed: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sealed, Unset):
            sealed = []
            for sealed_item_data in self.sealed:
                sealed_item = sealed_item_data.to_dict()
                sealed.append(sealed_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client is not UNSET:
            field_dict["client"] = client
        if notes is not UNSET:
            field_dict["notes"] = notes
        if visits is not UNSET:
            field_dict["visits"] = visits
        if merges is not UNSET:
            field_dict["merges"] = merges
        if audit is not UNSET:
            field_dict["audit"] = audit
        if sealed is not UNSET:
            field_dict["sealed"] = sealed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_entry import AuditEntry  # noqa: PLC0415
        from ..models.client_record import ClientRecord  # noqa: PLC0415
        from ..models.note import Note  # noqa: PLC0415
        from ..models.profile_export_merges_item import ProfileExportMergesItem  # noqa: PLC0415
        from ..models.profile_export_sealed_item import ProfileExportSealedItem  # noqa: PLC0415
        from ..models.visit import Visit  # noqa: PLC0415

        d = dict(src_dict)
        _client = d.pop("client", UNSET)
        client: ClientRecord | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = ClientRecord.from_dict(_client)

        _notes = d.pop("notes", UNSET)
        notes: list[Note] | Unset = UNSET
        if _notes is not UNSET:
            notes = []
            for notes_item_data in _notes:
                notes_item = Note.from_dict(notes_item_data)

                notes.append(notes_item)

        _visits = d.pop("visits", UNSET)
        visits: list[Visit] | Unset = UNSET
        if _visits is not UNSET:
            visits = []
            for visits_item_data in _visits:
                visits_item = Visit.from_dict(visits_item_data)

                visits.append(visits_item)

        _merges = d.pop("merges", UNSET)
        merges: list[ProfileExportMergesItem] | Unset = UNSET
        if _merges is not UNSET:
            merges = []
            for merges_item_data in _merges:
                merges_item = ProfileExportMergesItem.from_dict(merges_item_data)

                merges.append(merges_item)

        _audit = d.pop("audit", UNSET)
        audit: list[AuditEntry] | Unset = UNSET
        if _audit is not UNSET:
            audit = []
            for audit_item_data in _audit:
                audit_item = AuditEntry.from_dict(audit_item_data)

                audit.append(audit_item)

        _sealed = d.pop("sealed", UNSET)
        sealed: list[ProfileExportSealedItem] | Unset = UNSET
        if _sealed is not UNSET:
            sealed = []
            for sealed_item_data in _sealed:
                sealed_item = ProfileExportSealedItem.from_dict(sealed_item_data)

                sealed.append(sealed_item)

        profile_export = cls(
            client=client,
            notes=notes,
            visits=visits,
            merges=merges,
            audit=audit,
            sealed=sealed,
        )

        profile_export.additional_properties = d
        return profile_export

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
