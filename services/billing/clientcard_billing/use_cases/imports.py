"""Opening balances brought by profile's imports: checked before the import posts, then posted once.

Profile asks `validate_import_rows` before it accepts a file (the amount must fit the chain's
currency), then sends the accepted rows in `import_batch_accepted` events. Each balance is one
`opening_balance` ledger transaction against equity, keyed by `import:<external_id>:balance`:
a redelivered batch, a rerun of the file or a crash halfway posts nothing twice.
"""

from __future__ import annotations

import uuid

from clientcard_billing import contracts
from clientcard_billing.db.repositories import OpeningBalanceRepository
from clientcard_billing.db.uow import BillingUnitOfWork
from clientcard_billing.domain.opening_balances import opening_balance, to_minor

HANDLER = "post_opening_balances"


def posting_key(external_id: str) -> str:
    return f"import:{external_id}:balance"


def validate_import_rows(rows: list[dict], *, currency: str) -> dict:
    """`{currency, rows: [{row, parts, errors}]}`: each row's `balance` (or a visit's `price`) in minor units,
    or its errors by column."""
    checked = []
    for row in rows:
        parts, errors = {}, {}
        for part, column in (("balance", "opening_balance"), ("price", "price")):  # a visit's price too
            given = (row.get("parts") or {}).get(part)
            if not given:
                continue
            try:
                parts[part] = {"amount_minor": to_minor(given["amount"], currency), "currency": currency}
            except (ValueError, KeyError, TypeError) as error:
                errors[column] = [str(error) or "not an amount"]
        checked.append({"row": row.get("row"), "parts": parts, "errors": errors})
    return {"currency": currency, "rows": checked}


def post_opening_balances(uow: BillingUnitOfWork, event: dict, *, currency: str) -> int:
    """Post the batch's balances not posted before; link them all to the import. Returns how many were posted."""
    rows = [row for row in event["rows"] if (row.get("parts") or {}).get("balance")]
    import_id = uuid.UUID(event["import_id"])
    with uow:
        if not uow.inbox.claim(event["event_id"], handler=HANDLER):
            return 0
        repo = uow.opening_balances
        client_ids = list(dict.fromkeys(uuid.UUID(row["client_id"]) for row in rows))
        events = [
            ("account_opened", contracts.account_opened(client_id, currency))
            for client_id in repo.open_accounts(client_ids, currency)
        ]
        accounts = repo.accounts(client_ids)
        keys = [posting_key(row["external_id"]) for row in rows]
        posted = repo.posted_keys(keys)
        postings, transactions, entries = [], [], []
        for row, key in zip(rows, keys, strict=True):
            account = accounts[uuid.UUID(row["client_id"])]
            amount = int(row["parts"]["balance"]["amount_minor"])
            if key in posted or amount == 0:
                continue
            posted.add(key)
            transaction_id = uuid.uuid4()
            transactions.append({"id": transaction_id, "kind": "opening_balance", "actor_id": "import"})
            entries += [
                {
                    "transaction_id": transaction_id,
                    "account": e.account,
                    "account_id": e.account_id,
                    "amount_minor": e.amount_minor,
                    "currency": e.currency,
                }
                for e in opening_balance(account.id, amount, account.currency)
            ]
            postings.append(
                {
                    "key": key,
                    "client_id": account.client_id,
                    "transaction_id": transaction_id,
                    "amount_minor": amount,
                    "currency": account.currency,
                }
            )
        repo.add(postings, transactions, entries)
        repo.link(import_id, list(dict.fromkeys(keys)))
        events += _balances_changed(repo, accounts, postings)
        uow.outbox.add_many(events)
        uow.commit()
        return len(postings)


def _balances_changed(repo: OpeningBalanceRepository, accounts: dict, postings: list[dict]) -> list[tuple[str, dict]]:
    """`balance_changed` per client, flagged `imported` so that webhooks and notices skip it."""
    touched = {posting["client_id"]: posting["transaction_id"] for posting in postings}
    sums = repo.balances([accounts[client_id].id for client_id in touched])
    events = []
    for client_id, transaction_id in touched.items():
        account = accounts[client_id]
        payload = contracts.balance_changed(client_id, sums.get(account.id, 0), account.currency, transaction_id)
        events.append(("balance_changed", {**payload, "imported": True}))
    return events


def import_totals(uow: BillingUnitOfWork, import_id: str) -> dict:
    """The ledger's figures for the balances an import named (whichever import first posted them)."""
    try:
        import_uuid = uuid.UUID(str(import_id))
    except ValueError:
        return {"clients": 0, "positive_minor": 0, "negative_minor": 0, "currency": None}
    with uow:
        return uow.opening_balances.totals(import_uuid)
