from typing import Literal

ExportClientsCsvStatus = Literal["active", "all", "archived"]

EXPORT_CLIENTS_CSV_STATUS_VALUES: set[ExportClientsCsvStatus] = {
    "active",
    "all",
    "archived",
}


def check_export_clients_csv_status(value: str) -> ExportClientsCsvStatus:
    if value in EXPORT_CLIENTS_CSV_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXPORT_CLIENTS_CSV_STATUS_VALUES!r}")
