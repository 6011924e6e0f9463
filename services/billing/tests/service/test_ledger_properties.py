"""Property: whatever random sequence of top-ups, invoices, payments, refunds, adjustments, transfers, voids
and replays runs, every transaction sums to zero and every balance is what its entries sum to.

Hypothesis drives billing's use cases against the migrated PostgreSQL database; a small model
in Python predicts each client's credit and outstanding, and a replay (same key, same body)
must answer the same and move nothing.
"""

import uuid

import sqlalchemy as sa
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from clientcard_billing import contracts
from clientcard_billing.use_cases import balance, invoices, payments, refunds
from clientcard_kit.contracts import load
from clientcard_kit.errors import ServiceError

AMOUNTS = st.integers(min_value=1, max_value=5000)
FIT = st.sampled_from(["within", "within", "within", "exact", "over", "raw"])
METHODS = st.sampled_from(["cash", "card", "account_balance"])
DESTINATIONS = st.sampled_from(["original", "account_balance"])
SIGNED = st.integers(min_value=-3000, max_value=3000).filter(bool)
# what billing's entrypoints decode each body with before the use case runs
CONTRACTS = {
    balance.top_up: contracts.TopUpInput,
    balance.adjust: contracts.AdjustmentInput,
    balance.transfer: contracts.TransferInput,
    invoices.create_invoice: contracts.InvoiceInput,
    invoices.void_invoice: contracts.VoidInput,
    payments.record_payment: contracts.PaymentInput,
    refunds.issue_refund: contracts.RefundInput,
}


def fitted(raw: int, limit: int, fit: str) -> int:
    """An amount within `limit` (so movements happen), exactly on it or one over it (the edges), or the raw one."""
    if fit == "within" and limit > 0:
        return 1 + raw % limit
    if fit == "exact" and limit > 0:
        return limit
    if fit == "over":
        return max(limit, 0) + 1
    return raw


def ledger_facts(engine, account_ids) -> tuple[list, dict, int]:
    """Unbalanced transactions touching these accounts, their entry sums, and how many transactions touch them."""
    with engine.connect() as conn:
        touching = "SELECT transaction_id FROM ledger_entries WHERE account_id = ANY(:ids)"
        unbalanced = conn.execute(
            sa.text(
                f"SELECT transaction_id FROM ledger_entries WHERE transaction_id IN ({touching}) "
                "GROUP BY transaction_id, currency HAVING sum(amount_minor) <> 0"
            ),
            {"ids": account_ids},
        ).all()
        sums = dict(
            conn.execute(
                sa.text(
                    "SELECT account_id, sum(amount_minor) FROM ledger_entries WHERE account_id = ANY(:ids) GROUP BY account_id"
                ),
                {"ids": account_ids},
            ).all()
        )
        count = conn.execute(sa.text(f"SELECT count(DISTINCT transaction_id) FROM ({touching}) t"), {"ids": account_ids}).scalar()
    return unbalanced, sums, count


class LedgerMachine(RuleBasedStateMachine):
    make_uow = None
    engine = None
    b = None  # the conftest's builders

    def __init__(self):
        super().__init__()
        self.directory = self.b.Directory()
        self.clients = [self.b.open_client(self.make_uow) for _ in range(2)]
        self.directory.link(*self.clients)
        self.account_ids = [self._account_id(c) for c in self.clients]
        self.credit = dict.fromkeys(self.clients, 0)
        self.invoices = []  # model: {id, client, total, paid, void, payments: [[payer, method, amount, refunded]]}
        self.last_write = None

    def _account_id(self, client_id):
        uow = self.make_uow()
        with uow:
            return uow.accounts.for_client(uuid.UUID(client_id)).id

    def _write(self, function, target, payload):
        """Run a write with a fresh idempotency key; remember it for a replay. None when refused (4xx)."""
        key, ctx = str(uuid.uuid4()), self.b.context(self.directory)
        before = ledger_facts(self.engine, self.account_ids)[2]
        try:
            command = load(CONTRACTS[function](), payload)
            result = function(self.make_uow(), target, command, ctx, idempotency_key=key, request_hash="h")
        except ServiceError as error:
            assert error.status < 500, error
            assert ledger_facts(self.engine, self.account_ids)[2] == before, "a refused write moved money"
            return None
        self.last_write = (function, target, command, key, result)
        return result

    def _pick(self, pick: int, fit: str, suitable) -> dict:
        """An invoice where the movement can happen (unless `fit` is raw), else any invoice."""
        candidates = [m for m in self.invoices if suitable(m)] if fit != "raw" else []
        candidates = candidates or self.invoices
        return candidates[pick % len(candidates)]

    @rule(who=st.integers(0, 1), amount=AMOUNTS, method=st.sampled_from(["cash", "card", "bank_transfer"]))
    def top_up(self, who, amount, method):
        if self._write(balance.top_up, self.clients[who], {"amount": self.b.gbp(amount), "method": method}):
            self.credit[self.clients[who]] += amount

    @rule(who=st.integers(0, 1), amount=SIGNED)
    def adjust(self, who, amount):
        if self._write(balance.adjust, self.clients[who], {"amount": self.b.gbp(amount), "reason": "property"}):
            self.credit[self.clients[who]] += amount

    @rule(who=st.integers(0, 1), raw=AMOUNTS, fit=FIT)
    def transfer(self, who, raw, fit):
        source, target = self.clients[who], self.clients[1 - who]
        amount = fitted(raw, self.credit[source], fit)
        done = self._write(balance.transfer, source, {"to_client_id": target, "amount": self.b.gbp(amount)})
        assert bool(done) == (self.credit[source] >= amount)
        if done:
            self.credit[source] -= amount
            self.credit[target] += amount

    @rule(
        who=st.integers(0, 1),
        price=st.integers(min_value=0, max_value=8000).map(lambda p: p or 1),
        payments=st.lists(st.tuples(AMOUNTS, FIT, METHODS, st.integers(0, 1)), max_size=3),
        refunds=st.lists(st.tuples(AMOUNTS, FIT, DESTINATIONS), max_size=2),
    )
    def sell(self, who, price, payments, refunds):
        """Issue an invoice, then pay it in parts and refund some: the checkout of one visit."""
        body = {"lines": [self.b.service_line(price)], "discount_percent": 0}
        created = self._write(invoices.create_invoice, self.clients[who], body)
        model = {"id": created["id"], "client": self.clients[who], "total": price, "paid": 0, "void": False, "payments": []}
        self.invoices.append(model)
        for raw, fit, method, payer in payments:
            self._pay(model, raw, fit, method, payer)
        for raw, fit, to in refunds:
            self._refund(model, raw, fit, to)

    @precondition(lambda self: self.invoices)
    @rule(pick=st.integers(0, 99), raw=AMOUNTS, fit=FIT, method=METHODS, payer=st.integers(0, 1))
    def pay(self, pick, raw, fit, method, payer):
        self._pay(self._pick(pick, fit, lambda m: not m["void"] and m["total"] > m["paid"]), raw, fit, method, payer)

    def _pay(self, model, raw, fit, method, payer):
        payer_id = self.clients[payer] if method == "account_balance" else model["client"]
        limit = model["total"] - model["paid"]
        amount = fitted(raw, min(limit, self.credit[payer_id]) if method == "account_balance" else limit, fit)
        body = {"amount": self.b.gbp(amount), "method": method, "payer_client_id": payer_id}
        done = self._write(payments.record_payment, model["id"], body)
        expected = (
            not model["void"]
            and amount <= model["total"] - model["paid"]
            and (method != "account_balance" or self.credit[payer_id] >= amount)
        )
        assert bool(done) == expected, (model, body, self.credit)
        if done:
            model["paid"] += amount
            model["payments"].append([payer_id, method, amount, 0])
            if method == "account_balance":
                self.credit[payer_id] -= amount

    @precondition(lambda self: self.invoices)
    @rule(pick=st.integers(0, 99), raw=AMOUNTS, fit=FIT, to=DESTINATIONS)
    def refund(self, pick, raw, fit, to):
        self._refund(self._pick(pick, fit, lambda m: any(p[2] > p[3] for p in m["payments"])), raw, fit, to)

    def _refund(self, model, raw, fit, to):
        refundable = sum(p[2] - p[3] for p in model["payments"])
        amount = fitted(raw, refundable, fit)
        done = self._write(refunds.issue_refund, model["id"], {"amount": self.b.gbp(amount), "to": to})
        assert bool(done) == (amount <= refundable)
        left = amount if done else 0
        for payment in reversed(model["payments"]):
            part = min(left, payment[2] - payment[3])
            payment[3] += part
            left -= part
            if to == "account_balance":
                self.credit[model["client"]] += part
            elif payment[1] == "account_balance":
                self.credit[payment[0]] += part

    @precondition(lambda self: self.invoices)
    @rule(pick=st.integers(0, 99), rarely=st.integers(0, 3))
    def void(self, pick, rarely):
        if rarely:
            return  # voids close invoices to payments; keep them rare
        model = self.invoices[pick % len(self.invoices)]
        done = self._write(invoices.void_invoice, model["id"], {})
        assert bool(done) == (not model["void"] and sum(p[2] - p[3] for p in model["payments"]) == 0)
        if done:
            model["void"] = True

    @precondition(lambda self: self.last_write is not None)
    @rule()
    def replay(self):
        function, target, command, key, first = self.last_write
        before = ledger_facts(self.engine, self.account_ids)[2]
        again = function(self.make_uow(), target, command, self.b.context(self.directory), idempotency_key=key, request_hash="h")
        assert again == first
        assert ledger_facts(self.engine, self.account_ids)[2] == before

    @invariant()
    def books_balance_and_balances_are_their_entries(self):
        unbalanced, sums, _ = ledger_facts(self.engine, self.account_ids)
        assert unbalanced == []
        for client_id, account_id in zip(self.clients, self.account_ids, strict=True):
            shown = balance.get_balance(self.make_uow(), client_id, self.b.context(self.directory), limit=1)
            owed = sum(m["total"] - m["paid"] for m in self.invoices if m["client"] == client_id and not m["void"])
            assert shown["balance"]["amount"] == int(sums.get(account_id, 0))
            assert shown["credit"]["amount"] == self.credit[client_id]
            assert shown["outstanding"]["amount"] == owed
            assert shown["balance"]["amount"] == self.credit[client_id] - owed


def test_random_movements_keep_every_transaction_balanced_and_every_balance_true(make_uow, billing_engine, builders):
    LedgerMachine.b = builders
    LedgerMachine.make_uow = staticmethod(make_uow)
    LedgerMachine.engine = billing_engine
    runner = LedgerMachine.TestCase
    runner.settings = settings(max_examples=30, stateful_step_count=30, deadline=None, suppress_health_check=list(HealthCheck))
    runner().runTest()
