"""Reading CSV and XLSX uploads and matching their headers to client fields."""

import datetime
import io

import pytest
from openpyxl import Workbook

from clientcard_profile.adapters.tabular import MalformedFile, read_table
from clientcard_profile.domain.import_columns import MissingColumn, map_headers, row_input


def test_headers_are_matched_by_name_and_alias_whatever_their_case_or_order():
    columns, ignored = map_headers(["E-Mail", "Surname", "First Name", "Mobile", "DOB", "Custom: Allergy", "Shoe size"])
    assert columns == {0: "email", 1: "last_name", 2: "first_name", 3: "phone", 4: "date_of_birth", 5: "custom_fields.allergy"}
    assert ignored == ["Shoe size"]


def test_a_file_without_a_first_name_column_is_refused():
    with pytest.raises(MissingColumn):
        map_headers(["email", "phone"])


def test_a_row_becomes_client_input_with_lists_dates_and_custom_fields():
    columns, _ = map_headers(["first name", "tags", "dob", "gender", "custom allergy", "email"])
    data = row_input(columns, ["Ann", "vip; new", "31/12/1990", "F", "nuts", "ANN@Example.com"])
    assert data == {
        "first_name": "Ann",
        "tags": ["vip", "new"],
        "date_of_birth": "1990-12-31",
        "gender": "female",
        "custom_fields": {"allergy": "nuts"},
        "email": "ann@example.com",
    }


def test_csv_in_utf8_with_bom_and_semicolons_is_read():
    headers, rows = read_table("\ufeffFirst name;Last name\nZoë;Ng\n".encode())
    assert headers == ["First name", "Last name"]
    assert rows == [["Zoë", "Ng"]]


@pytest.mark.parametrize(
    "content",
    [b"", b"   \n", b"first_name\n\x00\x01\x02", b'first_name,last_name\n"Ann,Lee\n', b"PK\x03\x04not really a zip"],
)
def test_malformed_files_are_refused(content):
    with pytest.raises(MalformedFile):
        read_table(content, "clients.csv")


def test_xlsx_cells_become_text_with_dates_and_numeric_phones():
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["First name", "Phone", "Date of birth"])
    sheet.append(["Ann", 7700900123, datetime.datetime(1990, 12, 31)])
    buffer = io.BytesIO()
    workbook.save(buffer)

    headers, rows = read_table(buffer.getvalue(), "clients.xlsx")

    assert headers == ["First name", "Phone", "Date of birth"]
    assert rows == [["Ann", "7700900123", "1990-12-31"]]
