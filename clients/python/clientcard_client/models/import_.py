from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_columns import ImportColumns
    from ..models.import_counts import ImportCounts
    from ..models.import_problem import ImportProblem
    from ..models.import_progress import ImportProgress
    from ..models.import_reconciliation import ImportReconciliation
    from ..models.import_totals import ImportTotals


T = TypeVar("T", bound="Import")


@_attrs_define
class Import:
    """
    Attributes:
        id (str | Unset):
        status (str | Unset): queued (waiting or validating), running (posting), completed or failed; `progress` says
            which phase and how far
        kind (str | Unset):
        dry_run (bool | Unset):
        filename (None | str | Unset):
        columns (ImportColumns | Unset): which column became which field, and the ignored headers
        counts (ImportCounts | Unset):
        report (list[ImportProblem] | Unset):
        progress (ImportProgress | Unset):
        totals (ImportTotals | None | Unset):
        reconciliation (ImportReconciliation | Unset):
        created_at (datetime.datetime | Unset):
        finished_at (datetime.datetime | None | Unset):
    """

    id: str | Unset = UNSET
    status: str | Unset = UNSET
    kind: str | Unset = UNSET
    dry_run: bool | Unset = UNSET
    filename: None | str | Unset = UNSET
    columns: ImportColumns | Unset = UNSET
    counts: ImportCounts | Unset = UNSET
    report: list[ImportProblem] | Unset = UNSET
    progress: ImportProgress | Unset = UNSET
    totals: ImportTotals | None | Unset = UNSET
    reconciliation: ImportReconciliation | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.import_totals import ImportTotals  # noqa: PLC0415

        id = self.id

        status = self.status

        kind = self.kind

        dry_run = self.dry_run

        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

        columns: dict[str, Any] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = self.columns.to_dict()

        counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.counts, Unset):
            counts = self.counts.to_dict()

        report: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.report, Unset):
            report = []
            for report_item_data in self.report:
                report_item = report_item_data.to_dict()
                report.append(report_item)

        progress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.progress, Unset):
            progress = self.progress.to_dict()

        totals: dict[str, Any] | None | Unset
        if isinstance(self.totals, Unset):
            totals = UNSET
        elif isinstance(self.totals, ImportTotals):
            totals = self.totals.to_dict()
        else:
            totals = self.totals

        reconciliation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reconciliation, Unset):
            reconciliation = self.reconciliation.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if kind is not UNSET:
            field_dict["kind"] = kind
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if filename is not UNSET:
            field_dict["filename"] = filename
        if columns is not UNSET:
            field_dict["columns"] = columns
        if counts is not UNSET:
            field_dict["counts"] = counts
        if report is not UNSET:
            field_dict["report"] = report
        if progress is not UNSET:
            field_dict["progress"] = progress
        if totals is not UNSET:
            field_dict["totals"] = totals
        if reconciliation is not UNSET:
            field_dict["reconciliation"] = reconciliation
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_columns import ImportColumns  # noqa: PLC0415
        from ..models.import_counts import ImportCounts  # noqa: PLC0415
        from ..models.import_problem import ImportProblem  # noqa: PLC0415
        from ..models.import_progress import ImportProgress  # noqa: PLC0415
        from ..models.import_reconciliation import ImportReconciliation  # noqa: PLC0415
        from ..models.import_totals import ImportTotals  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        status = d.pop("status", UNSET)

        kind = d.pop("kind", UNSET)

        dry_run = d.pop("dry_run", UNSET)

        def _parse_filename(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        filename = _parse_filename(d.pop("filename", UNSET))

        _columns = d.pop("columns", UNSET)
        columns: ImportColumns | Unset
        if isinstance(_columns, Unset):
            columns = UNSET
        else:
            columns = ImportColumns.from_dict(_columns)

        _counts = d.pop("counts", UNSET)
        counts: ImportCounts | Unset
        if isinstance(_counts, Unset):
            counts = UNSET
        else:
            counts = ImportCounts.from_dict(_counts)

        _report = d.pop("report", UNSET)
        report: list[ImportProblem] | Unset = UNSET
        if _report is not UNSET:
            report = []
            for report_item_data in _report:
                report_item = ImportProblem.from_dict(report_item_data)

                report.append(report_item)

        _progress = d.pop("progress", UNSET)
        progress: ImportProgress | Unset
        if isinstance(_progress, Unset):
            progress = UNSET
        else:
            progress = ImportProgress.from_dict(_progress)

        def _parse_totals(data: object) -> ImportTotals | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                totals_type_0 = ImportTotals.from_dict(data)

                return totals_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImportTotals | None | Unset, data)

        totals = _parse_totals(d.pop("totals", UNSET))

        _reconciliation = d.pop("reconciliation", UNSET)
        reconciliation: ImportReconciliation | Unset
        if isinstance(_reconciliation, Unset):
            reconciliation = UNSET
        else:
            reconciliation = ImportReconciliation.from_dict(_reconciliation)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_at = _parse_finished_at(d.pop("finished_at", UNSET))

        import_ = cls(
            id=id,
            status=status,
            kind=kind,
            dry_run=dry_run,
            filename=filename,
            columns=columns,
            counts=counts,
            report=report,
            progress=progress,
            totals=totals,
            reconciliation=reconciliation,
            created_at=created_at,
            finished_at=finished_at,
        )

        import_.additional_properties = d
        return import_

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
