"""A cursor the caller made up is a 422, never a 5xx."""

import pytest

from clientcard_billing.use_cases import balance
from clientcard_kit import cursors


@pytest.mark.parametrize("forged", [cursors.encode(["abc"]), cursors.encode([10**30]), cursors.encode([-1])])
def test_a_forged_balance_cursor_is_refused_as_bad_input(make_uow, builders, forged):
    client_id = builders.open_client(make_uow)

    with pytest.raises(cursors.BadCursor):
        balance.get_balance(make_uow(), client_id, builders.context(), cursor=forged)
