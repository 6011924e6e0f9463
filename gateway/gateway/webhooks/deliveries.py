"""The delivery queue in the database: claim due deliveries, record each attempt, retry or give up.

A claim pushes `next_attempt_at` ahead by the claim time and commits, so the HTTP call holds no
lock; a worker that dies mid-call leaves its claims to be tried again when they lapse.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from gateway.webhooks.policy import RetryPolicy, succeeded
from gateway.webhooks.tables import webhook_attempts, webhook_deliveries, webhook_events, webhooks


@dataclass(frozen=True)
class Due:
    id: int
    webhook_id: str
    url: str
    secret: str
    attempts: int
    created_at: datetime
    envelope: dict


@dataclass(frozen=True)
class Outcome:
    status_code: int | None
    error: str | None
    duration_ms: int


def claim(engine: Engine, *, limit: int, now: datetime, claim_s: float) -> list[Due]:
    """Up to `limit` due deliveries of active, unpaused subscriptions, oldest due first."""
    query = (
        sa.select(
            webhook_deliveries.c.id,
            webhook_deliveries.c.attempts,
            webhook_deliveries.c.created_at,
            webhooks.c.id.label("webhook_id"),
            webhooks.c.url,
            webhooks.c.secret,
            webhook_events.c.id.label("event_id"),
            webhook_events.c.type,
            webhook_events.c.occurred_at,
            webhook_events.c.data,
        )
        .join(webhooks, webhooks.c.id == webhook_deliveries.c.webhook_id)
        .join(webhook_events, webhook_events.c.seq == webhook_deliveries.c.event_seq)
        .where(
            webhook_deliveries.c.status == "pending",
            webhook_deliveries.c.next_attempt_at <= now,
            webhooks.c.disabled_at.is_(None),
            sa.or_(webhooks.c.paused_until.is_(None), webhooks.c.paused_until <= now),
        )
        .order_by(webhook_deliveries.c.next_attempt_at)
        .limit(limit)
        .with_for_update(of=webhook_deliveries, skip_locked=True)
    )
    with engine.begin() as conn:
        rows = conn.execute(query).all()
        if rows:
            conn.execute(
                sa.update(webhook_deliveries)
                .where(webhook_deliveries.c.id.in_([row.id for row in rows]))
                .values(next_attempt_at=now + timedelta(seconds=claim_s))
            )
    return [Due(row.id, str(row.webhook_id), row.url, row.secret, row.attempts, row.created_at, _envelope(row)) for row in rows]


def _envelope(row) -> dict:
    return {"id": str(row.event_id), "type": row.type, "occurred_at": row.occurred_at.isoformat(), "data": row.data}


def settle(engine: Engine, due: Due, outcome: Outcome, *, now: datetime, policy: RetryPolicy) -> str:
    """Record an attempt; a failure is retried later or, after a day of them, fails and disables the
    subscription with the reason. Returns the delivery's status."""
    attempts = due.attempts + 1
    with engine.begin() as conn:
        conn.execute(
            sa.insert(webhook_attempts).values(
                delivery_id=due.id, at=now, status_code=outcome.status_code, error=outcome.error, duration_ms=outcome.duration_ms
            )
        )
        common = {"attempts": attempts, "last_status_code": outcome.status_code, "last_error": outcome.error}
        if succeeded(outcome.status_code):
            conn.execute(
                sa.update(webhook_deliveries)
                .where(webhook_deliveries.c.id == due.id)
                .values(status="delivered", delivered_at=now, **common)
            )
            conn.execute(
                sa.update(webhooks)
                .where(webhooks.c.id == due.webhook_id, webhooks.c.paused_until.is_not(None))
                .values(paused_until=None)
            )  # the receiver is back: everything due goes now
            return "delivered"
        retry_at = policy.next_attempt(due.created_at, attempts, now)
        if retry_at is None:
            conn.execute(sa.update(webhook_deliveries).where(webhook_deliveries.c.id == due.id).values(status="failed", **common))
            conn.execute(
                sa.update(webhooks)
                .where(webhooks.c.id == due.webhook_id, webhooks.c.disabled_at.is_(None))
                .values(disabled_at=now, disabled_reason=disabled_reason(due, outcome, attempts, policy))
            )
            return "failed"
        conn.execute(
            sa.update(webhook_deliveries).where(webhook_deliveries.c.id == due.id).values(next_attempt_at=retry_at, **common)
        )
        # one failing delivery holds back the receiver's others: a receiver that is down gets probed,
        # not flooded, and what it missed goes out as soon as a probe succeeds
        conn.execute(
            sa.update(webhooks)
            .where(webhooks.c.id == due.webhook_id)
            .values(paused_until=sa.func.greatest(sa.func.coalesce(webhooks.c.paused_until, retry_at), retry_at))
        )
        return "pending"


def disabled_reason(due: Due, outcome: Outcome, attempts: int, policy: RetryPolicy) -> str:
    last = f"HTTP {outcome.status_code}" if outcome.status_code is not None else outcome.error or "no answer"
    hours = policy.give_up_after_s / 3600
    return (
        f"Event {due.envelope['id']} could not be delivered in {attempts} attempts over {hours:g} h "
        f"(last: {last}); re-enable with PATCH and active: true"
    )
