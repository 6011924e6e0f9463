"""What the databases and the API hold for the load's journeys, read after recovery.

Each write carries a mark of its own (its Idempotency-Key as a reason, caption, external id or in
the body; else it is counted per client or invoice), so a row written twice shows up as two."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import psycopg
import requests

from bench.seed import libpq_url
from chaos.journey import Journey
from chaos.verdicts import Earning, Payment

INFRASTRUCTURE = ("profile", "billing", "loyalty", "messaging", "files", "gateway")


class Evidence:
    def __init__(self, databases: dict[str, str]):
        self.databases = databases

    def _rows(self, database: str, sql: str, *params) -> list[tuple]:
        with psycopg.connect(libpq_url(self.databases[database])) as conn:
            return conn.execute(sql, params).fetchall()

    # -- writes, counted per journey and step -----------------------------------------------
    def found(self, journeys: list[Journey]) -> Counter:
        by_client = {j.client_id: j.number for j in journeys if j.client_id}
        by_email = {j.email: j.number for j in journeys}
        by_key = {s.key: (j.number, s.name) for j in journeys for s in j.steps}
        clients, keys = list(by_client), list(by_key)
        found: Counter = Counter()

        for email, count in self._rows(
            "profile", "SELECT email, count(*) FROM clients WHERE email = ANY(%s) GROUP BY 1", list(by_email)
        ):
            found[(by_email[email], "client")] += count
        for sql, database in (
            ("SELECT external_id, count(*) FROM visits WHERE external_id = ANY(%s) GROUP BY 1", "profile"),
            ("SELECT reason, count(*) FROM card_transactions WHERE reason = ANY(%s) GROUP BY 1", "loyalty"),
            ("SELECT caption, count(*) FROM stored_files WHERE caption = ANY(%s) GROUP BY 1", "files"),
            (
                "SELECT substring(body from '\\((chaos-[^)]+)\\)'), count(*) FROM messages "
                "WHERE substring(body from '\\((chaos-[^)]+)\\)') = ANY(%s) GROUP BY 1",
                "messaging",
            ),
        ):
            for key, count in self._rows(database, sql, keys):
                found[by_key[key]] += count
        for sql, step in (
            ("SELECT client_id::text, count(*) FROM invoices WHERE client_id = ANY(%s::uuid[]) GROUP BY 1", "invoice"),
            (
                "SELECT i.client_id::text, count(*) FROM refunds r JOIN invoices i ON i.id = r.invoice_id "
                "WHERE i.client_id = ANY(%s::uuid[]) GROUP BY 1",
                "refund",
            ),
            (
                "SELECT i.client_id::text, count(*) FROM payments p JOIN invoices i ON i.id = p.invoice_id "
                "WHERE i.client_id = ANY(%s::uuid[]) AND p.method = 'card' GROUP BY 1",
                "payment",
            ),
            (
                "SELECT i.client_id::text, count(*) FROM payments p JOIN invoices i ON i.id = p.invoice_id "
                "WHERE i.client_id = ANY(%s::uuid[]) AND p.method = 'account_balance' GROUP BY 1",
                "balance_payment",
            ),
            (
                "SELECT a.client_id::text, count(DISTINCT t.id) FROM ledger_transactions t "
                "JOIN ledger_entries e ON e.transaction_id = t.id JOIN accounts a ON a.id = e.account_id "
                "WHERE t.kind = 'top_up' AND a.client_id = ANY(%s::uuid[]) GROUP BY 1",
                "top_up",
            ),
        ):
            for client_id, count in self._rows("billing", sql, clients):
                found[(by_client[client_id], step)] += count
        return found

    # -- invariants --------------------------------------------------------------------------
    def unbalanced_transactions(self) -> int:
        return self._rows(
            "billing",
            "SELECT count(*) FROM (SELECT transaction_id FROM ledger_entries "
            "GROUP BY transaction_id, currency HAVING sum(amount_minor) <> 0) t",
        )[0][0]

    def payments(self, client_ids: list[str]) -> list[Payment]:
        rows = self._rows(
            "billing",
            "SELECT p.id::text, i.client_id::text, p.method, p.amount_minor, p.refunded_minor "
            "FROM payments p JOIN invoices i ON i.id = p.invoice_id WHERE i.client_id = ANY(%s::uuid[])",
            client_ids,
        )
        return [Payment(*row) for row in rows]

    def earnings(self, client_ids: list[str]) -> dict[str, tuple[str, Earning]]:
        """Loyalty's record of each payment, with the client it counts for."""
        rows = self._rows(
            "loyalty",
            "SELECT payment_id::text, client_id::text, amount_minor, refunded_minor, points_earned, "
            "points_reversed FROM payment_earnings WHERE client_id = ANY(%s::uuid[])",
            client_ids,
        )
        return {row[0]: (row[1], Earning(row[0], *row[2:])) for row in rows}

    def message_statuses(self, client_ids: list[str]) -> dict[str, int]:
        return dict(
            self._rows(
                "messaging", "SELECT status, count(*) FROM messages WHERE client_id = ANY(%s::uuid[]) GROUP BY 1", client_ids
            )
        )

    def _per_database(self, table: str, where: str = "") -> dict[str, int]:
        counts = {}
        for name in INFRASTRUCTURE:
            if name not in self.databases:
                continue
            if self._rows(name, "SELECT to_regclass(%s) IS NOT NULL", table)[0][0]:
                counts[name] = self._rows(name, f"SELECT count(*) FROM {table} {where}")[0][0]
        return counts

    def unpublished(self) -> dict[str, int]:
        return self._per_database("outbox_events", "WHERE published_at IS NULL")

    def parked(self) -> dict[str, int]:
        return self._per_database("parked_events")


def api_figures(session: requests.Session, api: str, journeys: Iterable[Journey]) -> dict[int, tuple[int | None, int | None]]:
    """Each finished journey's credit on account (minor units; `balance` nets the invoice still due) and
    loyalty points, as the API shows them."""
    figures = {}
    for journey in journeys:
        if not journey.client_id:
            continue
        balance = session.get(f"{api}/clients/{journey.client_id}/balance", timeout=30)
        loyalty = session.get(f"{api}/clients/{journey.client_id}/loyalty", timeout=30)
        figures[journey.number] = (
            balance.json()["credit"]["amount"] if balance.status_code == 200 else None,
            loyalty.json()["points"] if loyalty.status_code == 200 else None,
        )
    return figures
