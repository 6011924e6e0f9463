"""What profile reads through outside libraries: phone numbers (phonenumbers), uploaded spreadsheets (openpyxl)."""
