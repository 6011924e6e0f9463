"""Typed SQLAlchemy models of the billing database (shapes made by the migrations)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


def _uuid(*args, **kwargs):
    return mapped_column(UUID(as_uuid=True), *args, **kwargs)


def _when(**kwargs):
    return mapped_column(sa.DateTime(timezone=True), **kwargs)


class Account(Base):
    """A client's account; its balance is what its ledger entries sum to."""

    __tablename__ = "accounts"

    id: Mapped[uuid.UUID] = _uuid(primary_key=True, default=uuid.uuid4)
    client_id: Mapped[uuid.UUID] = _uuid(unique=True)
    currency: Mapped[str] = mapped_column(sa.String(3))
    opened_at: Mapped[datetime] = _when(server_default=sa.func.now())
    erased_at: Mapped[datetime | None] = _when()


class LedgerTransaction(Base):
    """One movement; append-only (a trigger refuses UPDATE and DELETE)."""

    __tablename__ = "ledger_transactions"

    id: Mapped[uuid.UUID] = _uuid(primary_key=True, default=uuid.uuid4)
    kind: Mapped[str] = mapped_column(sa.String(30))
    invoice_id: Mapped[uuid.UUID | None] = _uuid()
    reverses_id: Mapped[uuid.UUID | None] = _uuid(sa.ForeignKey("ledger_transactions.id"))
    actor_id: Mapped[str | None] = mapped_column(sa.String(100))
    created_at: Mapped[datetime] = _when(server_default=sa.func.now())


class LedgerEntry(Base):
    __tablename__ = "ledger_entries"

    id: Mapped[int] = mapped_column(sa.BigInteger, sa.Identity(), primary_key=True)
    transaction_id: Mapped[uuid.UUID] = _uuid(sa.ForeignKey("ledger_transactions.id"))
    account: Mapped[str] = mapped_column(sa.String(40))
    account_id: Mapped[uuid.UUID | None] = _uuid(sa.ForeignKey("accounts.id"))
    amount_minor: Mapped[int] = mapped_column(sa.BigInteger)
    currency: Mapped[str] = mapped_column(sa.String(3))


class TopUp(Base):
    """A top-up's credit to the client's account, copied from the ledger as it is posted (append-only too):
    the timeline pages top-ups on its (account_id, created_at, transaction_id) index."""

    __tablename__ = "top_ups"

    transaction_id: Mapped[uuid.UUID] = _uuid(sa.ForeignKey("ledger_transactions.id"), primary_key=True)
    account_id: Mapped[uuid.UUID] = _uuid(sa.ForeignKey("accounts.id"))
    created_at: Mapped[datetime] = _when()
    amount_minor: Mapped[int] = mapped_column(sa.BigInteger)
    currency: Mapped[str] = mapped_column(sa.String(3))


class TransactionMemo(Base):
    """A movement's reason, kept beside the books so that erasure can drop it."""

    __tablename__ = "transaction_memos"

    transaction_id: Mapped[uuid.UUID] = _uuid(sa.ForeignKey("ledger_transactions.id"), primary_key=True)
    reason: Mapped[str] = mapped_column(sa.Text)


class Invoice(Base):
    __tablename__ = "invoices"

    id: Mapped[uuid.UUID] = _uuid(primary_key=True, default=uuid.uuid4)
    client_id: Mapped[uuid.UUID] = _uuid()
    location_id: Mapped[uuid.UUID | None] = _uuid()
    visit_id: Mapped[uuid.UUID | None] = _uuid()
    currency: Mapped[str] = mapped_column(sa.String(3))
    subtotal_minor: Mapped[int] = mapped_column(sa.BigInteger)
    discount_percent: Mapped[Decimal] = mapped_column(sa.Numeric(5, 2))
    discount_minor: Mapped[int] = mapped_column(sa.BigInteger)
    total_minor: Mapped[int] = mapped_column(sa.BigInteger)
    tax_rate_percent: Mapped[Decimal] = mapped_column(sa.Numeric(5, 2))
    tax_minor: Mapped[int] = mapped_column(sa.BigInteger)
    paid_minor: Mapped[int] = mapped_column(sa.BigInteger, default=0)
    refunded_minor: Mapped[int] = mapped_column(sa.BigInteger, default=0)
    status: Mapped[str] = mapped_column(sa.String(20))
    issued_at: Mapped[datetime] = _when()
    voided_at: Mapped[datetime | None] = _when()
    due_on: Mapped[date | None] = mapped_column(sa.Date)  # None: issued before invoices had due dates
    overdue_at: Mapped[datetime | None] = _when()  # when `invoice_overdue` went to the outbox (once)

    lines: Mapped[list[InvoiceLine]] = relationship(order_by="InvoiceLine.position", lazy="selectin")
    payments: Mapped[list[Payment]] = relationship(order_by="Payment.recorded_at", lazy="selectin")
    refunds: Mapped[list[Refund]] = relationship(order_by="Refund.created_at", lazy="selectin")

    @property
    def due_minor(self) -> int:
        return 0 if self.status == "void" else self.total_minor - self.paid_minor


class InvoiceLine(Base):
    __tablename__ = "invoice_lines"

    id: Mapped[int] = mapped_column(sa.BigInteger, sa.Identity(), primary_key=True)
    invoice_id: Mapped[uuid.UUID] = _uuid(sa.ForeignKey("invoices.id"))
    position: Mapped[int] = mapped_column(sa.Integer)
    description: Mapped[str] = mapped_column(sa.String(300))
    kind: Mapped[str] = mapped_column(sa.String(20))
    quantity: Mapped[int] = mapped_column(sa.Integer)
    unit_price_minor: Mapped[int] = mapped_column(sa.BigInteger)
    discount_percent: Mapped[Decimal] = mapped_column(sa.Numeric(5, 2))
    discount_minor: Mapped[int] = mapped_column(sa.BigInteger)
    total_minor: Mapped[int] = mapped_column(sa.BigInteger)
    staff: Mapped[str | None] = mapped_column(sa.String(200))


class Payment(Base):
    __tablename__ = "payments"

    id: Mapped[uuid.UUID] = _uuid(primary_key=True, default=uuid.uuid4)
    invoice_id: Mapped[uuid.UUID] = _uuid(sa.ForeignKey("invoices.id"))
    payer_client_id: Mapped[uuid.UUID] = _uuid()
    method: Mapped[str] = mapped_column(sa.String(20))
    amount_minor: Mapped[int] = mapped_column(sa.BigInteger)
    refunded_minor: Mapped[int] = mapped_column(sa.BigInteger, default=0)
    reversed_minor: Mapped[int] = mapped_column(sa.BigInteger, default=0)  # a gift card hold that lapsed
    currency: Mapped[str] = mapped_column(sa.String(3))
    card_id: Mapped[uuid.UUID | None] = _uuid()
    gift_card_hold_id: Mapped[str | None] = mapped_column(sa.String(100))
    gift_card_confirmed_at: Mapped[datetime | None] = _when()
    transaction_id: Mapped[uuid.UUID] = _uuid(sa.ForeignKey("ledger_transactions.id"))
    recorded_at: Mapped[datetime] = _when()


class Refund(Base):
    __tablename__ = "refunds"

    id: Mapped[uuid.UUID] = _uuid(primary_key=True, default=uuid.uuid4)
    payment_id: Mapped[uuid.UUID] = _uuid(sa.ForeignKey("payments.id"))
    invoice_id: Mapped[uuid.UUID] = _uuid(sa.ForeignKey("invoices.id"))
    client_id: Mapped[uuid.UUID] = _uuid()  # the invoice's, kept beside it so the timeline reads one index range
    amount_minor: Mapped[int] = mapped_column(sa.BigInteger)
    currency: Mapped[str] = mapped_column(sa.String(3))
    destination: Mapped[str] = mapped_column(sa.String(20))
    transaction_id: Mapped[uuid.UUID] = _uuid(sa.ForeignKey("ledger_transactions.id"))
    created_at: Mapped[datetime] = _when()


class CardOnFile(Base):
    """A provider's token for a card, with brand, last four digits and expiry; never the number."""

    __tablename__ = "cards_on_file"

    id: Mapped[uuid.UUID] = _uuid(primary_key=True, default=uuid.uuid4)
    client_id: Mapped[uuid.UUID] = _uuid()
    token: Mapped[str] = mapped_column(sa.String(200))
    brand: Mapped[str] = mapped_column(sa.String(30))
    last4: Mapped[str] = mapped_column(sa.String(4))
    exp_month: Mapped[int] = mapped_column(sa.SmallInteger)
    exp_year: Mapped[int] = mapped_column(sa.SmallInteger)
    created_at: Mapped[datetime] = _when(server_default=sa.func.now())


class KnownLocation(Base):
    """billing's copy of profile's locations, from `location_created` / `location_updated`."""

    __tablename__ = "known_locations"

    id: Mapped[uuid.UUID] = _uuid(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    active: Mapped[bool] = mapped_column(sa.Boolean)
    updated_at: Mapped[datetime] = _when()


class MoneyMerge(Base):
    """What one `client_merged` moved in billing, so that `client_merge_undone` moves exactly that back: the
    ledger transaction that moved the balance, and the invoices, payments and cards re-pointed with it.

    Not the kit's per-row `merge_moves` record (clientcard_kit.merges), whose services move rows only: a
    billing merge moves money, one transaction per merge. The table keeps its first name, since renaming
    it would break the running version during a rolling update (migrations only expand)."""

    __tablename__ = "merge_moves"

    merge_id: Mapped[uuid.UUID] = _uuid(primary_key=True)
    client_id: Mapped[uuid.UUID] = _uuid()
    source_id: Mapped[uuid.UUID] = _uuid()
    moved: Mapped[dict] = mapped_column(JSONB)
    invoice_ids: Mapped[list[uuid.UUID]] = mapped_column(ARRAY(UUID(as_uuid=True)))
    payment_ids: Mapped[list[uuid.UUID]] = mapped_column(ARRAY(UUID(as_uuid=True)))
    card_ids: Mapped[list[uuid.UUID]] = mapped_column(ARRAY(UUID(as_uuid=True)))
    transaction_id: Mapped[uuid.UUID | None] = _uuid(sa.ForeignKey("ledger_transactions.id"))
    undo_transaction_id: Mapped[uuid.UUID | None] = _uuid(sa.ForeignKey("ledger_transactions.id"))
    merged_at: Mapped[datetime] = _when(server_default=sa.func.now())
    undone_at: Mapped[datetime | None] = _when()


class OpeningBalance(Base):
    """An imported opening balance, posted once per key (its ledger transaction moved the money)."""

    __tablename__ = "opening_balances"

    key: Mapped[str] = mapped_column(sa.String(250), primary_key=True)
    client_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    transaction_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), sa.ForeignKey("ledger_transactions.id"))
    amount_minor: Mapped[int] = mapped_column(sa.BigInteger)
    currency: Mapped[str] = mapped_column(sa.String(3))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())


class OpeningBalanceImport(Base):
    """Every import that named an opening balance's key."""

    __tablename__ = "opening_balance_imports"

    import_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    key: Mapped[str] = mapped_column(sa.String(250), sa.ForeignKey("opening_balances.key"), primary_key=True)


class ImportedSale(Base):
    """A past sale an old system already settled, one per visit `external_id`: counted in the figures, no
    ledger posting."""

    __tablename__ = "imported_sales"

    visit_external_id: Mapped[str] = mapped_column(sa.String(200), primary_key=True)
    client_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    visit_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    import_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    occurred_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))
    status: Mapped[str] = mapped_column(sa.String(20))
    amount_minor: Mapped[int] = mapped_column(sa.BigInteger)
    currency: Mapped[str] = mapped_column(sa.String(3))
    service: Mapped[str | None] = mapped_column(sa.String(200))
    staff: Mapped[str | None] = mapped_column(sa.String(200))
    location_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    posted_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))  # when profile accepted these values


class ImportedSaleMerge(Base):
    """Which imported sales one `client_merged` moved, so that its undo moves exactly those back."""

    __tablename__ = "imported_sale_merges"

    merge_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    visit_external_id: Mapped[str] = mapped_column(
        sa.String(200), sa.ForeignKey("imported_sales.visit_external_id"), primary_key=True
    )
    source_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
