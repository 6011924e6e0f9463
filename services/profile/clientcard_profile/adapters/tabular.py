"""Reading an uploaded CSV or XLSX file into a header row and text cells (openpyxl for XLSX)."""

from __future__ import annotations

import csv
import io
import time
import zipfile
from datetime import date, datetime

XLSX_MAGIC = b"PK\x03\x04"
MAX_ROWS = 100_000
YIELD_EVERY = 1000


class MalformedFile(ValueError):
    pass


def read_table(content: bytes, filename: str | None = None) -> tuple[list[str], list[list[str]]]:
    """(headers, rows of text cells) from CSV or XLSX bytes. Raises MalformedFile.

    XLSX is recognised by its zip signature (or the file name); anything else must be text CSV
    in UTF-8 (with or without BOM) or Windows-1252, comma, semicolon or tab separated.
    """
    if not content.strip():
        raise MalformedFile("The file is empty")
    is_xlsx = content.startswith(XLSX_MAGIC) or (filename or "").lower().endswith(".xlsx")
    headers, rows = _read_xlsx(content) if is_xlsx else _read_csv(content)
    if not any(cell.strip() for cell in headers):
        raise MalformedFile("The first row must name the columns")
    if len(rows) > MAX_ROWS:
        raise MalformedFile(f"At most {MAX_ROWS} rows per import")
    return headers, rows


def _decode(content: bytes) -> str:
    if b"\x00" in content:
        raise MalformedFile("The file is not text CSV (it contains NUL bytes)")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise MalformedFile("The file is neither UTF-8 nor Windows-1252 text")


def _read_csv(content: bytes) -> tuple[list[str], list[list[str]]]:
    text = _decode(content)
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
        table = [row for row in reader]
    except csv.Error as error:
        raise MalformedFile(f"The CSV is malformed: {error}") from error
    return table[0], table[1:]


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # phones typed as numbers come back as floats
    return str(value)


def _read_xlsx(content: bytes) -> tuple[list[str], list[list[str]]]:
    from openpyxl import load_workbook  # imported here: only XLSX uploads pay for it

    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise MalformedFile(f"The XLSX file cannot be read: {error}") from error
    try:
        sheet = workbook.worksheets[0]
        table = []
        for row in sheet.iter_rows(values_only=True):
            table.append([_cell_text(value) for value in row])
            if len(table) > MAX_ROWS + 1:
                break  # enough to refuse it; reading the rest would only cost time
            if len(table) % YIELD_EVERY == 0:
                time.sleep(0)  # under eventlet this lets the service's other green threads run
    finally:
        workbook.close()
    if not table:
        raise MalformedFile("The spreadsheet is empty")
    return table[0], table[1:]
