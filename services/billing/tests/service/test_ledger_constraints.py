"""The database itself refuses an unbalanced transaction and any change to the books."""

import uuid

import pytest
import sqlalchemy as sa


def insert_transaction(conn, amounts):
    transaction_id = uuid.uuid4()
    conn.execute(sa.text("INSERT INTO ledger_transactions (id, kind) VALUES (:id, 'test')"), {"id": transaction_id})
    for account, amount in amounts:
        conn.execute(
            sa.text("INSERT INTO ledger_entries (transaction_id, account, amount_minor, currency) VALUES (:t, :a, :m, 'GBP')"),
            {"t": transaction_id, "a": account, "m": amount},
        )
    return transaction_id


def test_a_transaction_whose_entries_do_not_sum_to_zero_cannot_commit(billing_engine):
    with pytest.raises(sa.exc.IntegrityError, match="does not sum to zero"), billing_engine.begin() as conn:
        insert_transaction(conn, [("cash", 1000), ("revenue", -999)])


def test_a_transaction_with_a_single_entry_cannot_commit(billing_engine):
    with pytest.raises(sa.exc.DBAPIError), billing_engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO ledger_transactions (id, kind) VALUES (:id, 'test')"), {"id": uuid.uuid4()})


def test_a_balanced_transaction_commits_and_its_entries_can_never_change(billing_engine):
    with billing_engine.begin() as conn:
        transaction_id = insert_transaction(conn, [("cash", 1000), ("revenue", -1000)])

    for statement in (
        "UPDATE ledger_entries SET amount_minor = 1 WHERE transaction_id = :t",
        "DELETE FROM ledger_entries WHERE transaction_id = :t",
        "UPDATE ledger_transactions SET kind = 'other' WHERE id = :t",
        "DELETE FROM ledger_transactions WHERE id = :t",
    ):
        with pytest.raises(sa.exc.DBAPIError, match="append-only"), billing_engine.begin() as conn:
            conn.execute(sa.text(statement), {"t": transaction_id})
    with pytest.raises(sa.exc.DBAPIError, match="append-only"), billing_engine.begin() as conn:
        conn.execute(sa.text("TRUNCATE ledger_entries CASCADE"))

    with billing_engine.connect() as conn:
        total = conn.execute(
            sa.text("SELECT sum(abs(amount_minor)) FROM ledger_entries WHERE transaction_id = :t"), {"t": transaction_id}
        ).scalar()
    assert total == 2000


def test_client_entries_must_name_the_client_account(billing_engine):
    with pytest.raises(sa.exc.IntegrityError), billing_engine.begin() as conn:
        insert_transaction(conn, [("client_credit", 1000), ("cash", -1000)])
