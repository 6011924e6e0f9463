"""Phones in any common format are one E.164 number."""

import pytest

from clientcard_profile.adapters.phones import UnparseablePhone, to_e164


@pytest.mark.parametrize("raw", ["07700 900123", "+44 7700 900123", "447700900123", "(07700) 900-123"])
def test_the_same_gb_number_in_any_format_is_one_e164_number(raw):
    assert to_e164(raw, "GB") == "+447700900123"


@pytest.mark.parametrize("raw", ["abc", "123", "+44 12"])
def test_an_unparseable_phone_is_refused(raw):
    with pytest.raises(UnparseablePhone):
        to_e164(raw, "GB")
