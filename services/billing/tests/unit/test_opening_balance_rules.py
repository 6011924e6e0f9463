"""An imported opening balance in minor units, and as zero-sum ledger entries against equity."""

import pytest

from clientcard_billing.domain.ledger import CLIENT_CREDIT, CLIENT_RECEIVABLE
from clientcard_billing.domain.opening_balances import OPENING_BALANCE_EQUITY, opening_balance, to_minor


def test_decimal_amounts_become_minor_units_of_the_currency():
    assert to_minor("12.50", "GBP") == 1250
    assert to_minor("-7.25", "GBP") == -725
    assert to_minor("300", "JPY") == 300
    for bad in ("1.234", "abc", "1e20", "NaN"):
        with pytest.raises(ValueError):
            to_minor(bad, "GBP")


def test_prepaid_is_credit_and_owed_is_receivable_each_against_equity():
    prepaid = opening_balance("acc", 1250, "GBP")
    owed = opening_balance("acc", -725, "GBP")

    assert [(e.account, e.amount_minor) for e in prepaid] == [(CLIENT_CREDIT, 1250), (OPENING_BALANCE_EQUITY, -1250)]
    assert [(e.account, e.amount_minor) for e in owed] == [(CLIENT_RECEIVABLE, -725), (OPENING_BALANCE_EQUITY, 725)]
