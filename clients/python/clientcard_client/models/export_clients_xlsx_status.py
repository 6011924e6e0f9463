from typing import Literal

ExportClientsXlsxStatus = Literal["active", "all", "archived"]

EXPORT_CLIENTS_XLSX_STATUS_VALUES: set[ExportClientsXlsxStatus] = {
    "active",
    "all",
    "archived",
}


def check_export_clients_xlsx_status(value: str) -> ExportClientsXlsxStatus:
    if value in EXPORT_CLIENTS_XLSX_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXPORT_CLIENTS_XLSX_STATUS_VALUES!r}")
