"""How many rows of each table a timeline page reads: the page's own statement run again under
EXPLAIN ANALYZE, so a test can prove a keyset query reads one page of a client's history, not all of it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import sqlalchemy as sa


def rows_read(engine: sa.Engine, run: Callable[[], object]) -> Counter:
    """`run()` once, then EXPLAIN ANALYZE the last statement it sent (a timeline page's is its last):
    per table, the rows its scans produced or threw away (filters and rechecks), over all loops."""
    sent: list[tuple[str, object]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):
        sent.append((statement, parameters))

    sa.event.listen(engine, "before_cursor_execute", capture)
    try:
        run()
    finally:
        sa.event.remove(engine, "before_cursor_execute", capture)
    assert sent, "run() sent no statement"
    with engine.connect() as conn:
        return statement_rows_read(conn, *sent[-1])


def statement_rows_read(conn: sa.Connection, statement: str, parameters) -> Counter:
    """Per table, the rows one statement's scans produced or threw away, under EXPLAIN ANALYZE."""
    plan = conn.exec_driver_sql("EXPLAIN (ANALYZE, FORMAT JSON) " + statement, parameters).scalar_one()
    counts: Counter = Counter()
    _add(plan[0]["Plan"], counts)
    return counts


def _add(node: dict, counts: Counter) -> None:
    if "Relation Name" in node:
        per_loop = (
            node.get("Actual Rows", 0) + node.get("Rows Removed by Filter", 0) + node.get("Rows Removed by Index Recheck", 0)
        )
        counts[node["Relation Name"]] += per_loop * node.get("Actual Loops", 1)
    for child in node.get("Plans", ()):
        _add(child, counts)
