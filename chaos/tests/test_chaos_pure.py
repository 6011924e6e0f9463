"""The chaos tool's pure parts: how an answer is classified, how writes are judged lost or
doubled, the invariants over payments and points, recovery and the table."""

from __future__ import annotations

from chaos import outcomes, report
from chaos.journey import ACKED, FINAL_BALANCE, PENDING, REJECTED, SENT, Journey
from chaos.outcomes import Attempt
from chaos.verdicts import (
    Earning,
    Payment,
    balance_problem,
    judge_journeys,
    judge_step,
    points_problem,
    points_problems,
    unfinished_messages,
)


def journey(number: int = 1, scenario: str = "s", state: str = ACKED) -> Journey:
    made = Journey(number, "run", scenario, "loc")
    for step in made.steps:
        step.state, step.scenario = state, scenario
    made.position = len(made.steps)
    return made


def test_only_502_503_504_with_retry_after_are_documented_answers():
    assert outcomes.classify(503, "2") == outcomes.DOCUMENTED
    assert outcomes.classify(504, "1") == outcomes.DOCUMENTED
    assert outcomes.classify(503, None) == outcomes.UNDOCUMENTED
    assert outcomes.classify(500, "1") == outcomes.UNDOCUMENTED
    assert outcomes.classify(None, None) == outcomes.NO_ANSWER
    assert outcomes.classify(201, None) == outcomes.ACKED
    assert outcomes.classify(422, None) == outcomes.REJECTED
    assert outcomes.classify(429, "1") == outcomes.THROTTLED


def test_retry_after_is_honoured_within_a_cap():
    assert outcomes.retry_delay(outcomes.DOCUMENTED, "2") == 2.0
    assert outcomes.retry_delay(outcomes.DOCUMENTED, "3600") == outcomes.RETRY_CAP_S
    assert outcomes.retry_delay(outcomes.NO_ANSWER, None) == 1.0
    assert outcomes.retry_delay(outcomes.DOCUMENTED, "Wed, 21 Oct 2026 07:28:00 GMT") == 1.0


def test_an_acknowledged_write_missing_is_lost_and_one_written_twice_is_duplicated():
    assert judge_step(ACKED, 0) == "lost"
    assert judge_step(ACKED, 1) is None
    assert judge_step(ACKED, 2) == "duplicated"
    assert judge_step(SENT, 0) is None  # outcome unknown and not applied: nothing was promised
    assert judge_step(SENT, 2) == "duplicated"


def test_verdicts_go_to_the_scenario_in_which_the_write_was_first_sent():
    first, second = journey(1, "kill -9 billing"), journey(2, "broker cut")
    found = {
        (1, name): 1
        for name in ("client", "visit", "invoice", "top_up", "balance_payment", "refund", "points", "message", "upload")
    }
    found[(1, "payment")] = 2
    found.update({(2, step.name): 1 for step in second.steps})
    found[(2, "upload")] = 0
    verdicts = judge_journeys([first, second], found)
    assert verdicts["kill -9 billing"].duplicated == ["1/payment"]
    assert verdicts["broker cut"].lost == ["2/upload"]
    assert not verdicts["kill -9 billing"].lost


def test_a_refused_write_is_reported_and_an_unsent_one_is_not_judged():
    made = journey(3)
    made.step("refund").state, made.step("refund").detail = REJECTED, "422 over the paid amount"
    made.step("points").state = PENDING
    verdicts = judge_journeys([made], {(3, s.name): 1 for s in made.steps if s.name not in ("refund", "points")})
    assert verdicts["s"].rejected == ["3/refund: 422 over the paid amount"]
    assert not verdicts["s"].lost


def test_loyalty_must_hold_each_payment_with_its_points():
    payments = [
        Payment("p1", "c", "card", 2599, 0),
        Payment("p2", "c", "account_balance", 1500, 1000),
        Payment("p3", "c", "cash", 1000, 0),
    ]
    earnings = {"p1": Earning("p1", 2599, 0, 25, 0), "p2": Earning("p2", 1500, 0, 0, 0)}
    problems = points_problems(payments, earnings)
    assert any("p2" in p and "paid/refunded" in p for p in problems)
    assert any("p3" in p and "no points record" in p for p in problems)
    assert not any("p1" in p for p in problems)
    assert points_problems([Payment("p4", "c", "card", 2500, 0)], {"p4": Earning("p4", 2500, 0, 50, 0)}) == [
        "payment p4: earned 50 points, expected 25"
    ]


def test_the_api_balance_and_points_of_a_finished_journey_are_checked():
    done = journey()
    assert balance_problem(done, FINAL_BALANCE) is None
    assert "credit 5500" in balance_problem(done, FINAL_BALANCE + 3000)
    earnings = [Earning("p1", 2500, 1000, 25, 10)]
    assert points_problem(done, 15 + 5, earnings) is None
    assert "shows 25 points" in points_problem(done, 25, earnings)
    unfinished = journey(state=SENT)
    assert balance_problem(unfinished, 0) is None


def test_queued_messages_are_not_final():
    assert unfinished_messages({"sent": 4, "suppressed": 1, "failed": 1}) == 0
    assert unfinished_messages({"sent": 4, "queued": 2}) == 2


def test_rows_count_writes_answers_and_verdicts_per_scenario():
    done = journey(1, "kill -9 loyalty")
    done.step("points").state = SENT
    attempts = [
        Attempt("kill -9 loyalty", "points", 0, 1, outcomes.DOCUMENTED, 503),
        Attempt("kill -9 loyalty", "points", 1, 2, outcomes.UNDOCUMENTED, 500),
        Attempt("kill -9 gateway", "client", 1, 2, outcomes.NO_ANSWER),
    ]
    verdicts = judge_journeys([done], {(1, s.name): 1 for s in done.steps} | {(1, "invoice"): 0})
    rows = report.rows(
        ["kill -9 loyalty", "kill -9 gateway"], [done], attempts, verdicts, {"kill -9 loyalty": 4.2, "kill -9 gateway": None}
    )
    loyalty, gateway = rows
    assert (loyalty.operations, loyalty.acknowledged, loyalty.lost, loyalty.duplicated) == (10, 9, 1, 0)
    assert (loyalty.documented_5xx, loyalty.undocumented_5xx, gateway.no_answer) == (1, 1, 1)
    rendered = report.table(rows)
    assert "| kill -9 loyalty | 10 | 9 | 1 | 0 | 1 | 1 | 0 | 4.2 |" in rendered
    assert "| kill -9 gateway | 0 | 0 | 0 | 0 | 0 | 0 | 1 | not recovered |" in rendered
    assert "| total | 10 | 9 | 1 | 0 | 1 | 1 | 1 | not recovered |" in rendered
    assert not report.passed(rows, [])


def test_the_run_passes_only_with_every_check_ok_and_a_clean_table():
    clean = [report.Row("steady", operations=10, acknowledged=10, documented_5xx=3, recovery_s=1.0)]
    assert report.passed(clean, [report.Check("ledger", True)])
    assert not report.passed(clean, [report.Check("ledger", False, "2 unbalanced")])
    assert "- FAILED: ledger (2 unbalanced)" in report.checks([report.Check("ledger", False, "2 unbalanced")])


def test_undocumented_answers_are_listed_by_how_often_they_came():
    attempts = [Attempt("kill -9 billing", "payment", 0, 1, outcomes.UNDOCUMENTED, 500, "500 boom")] * 3 + [
        Attempt("kill -9 billing", "payment", 0, 1, outcomes.DOCUMENTED, 503),
        Attempt("broker cut", "client", 0, 1, outcomes.UNDOCUMENTED, 502, "502 no Retry-After"),
    ]
    listed = report.undocumented(attempts)
    assert listed.splitlines() == ["- 3 x kill -9 billing / payment: 500 boom", "- 1 x broker cut / client: 502 no Retry-After"]
    assert report.undocumented([]) == "- none\n"


def test_a_process_that_died_is_reported_under_the_scenario_that_was_running():
    starts = {"steady": 0.0, "broker cut": 10.0, "drain": 50.0}
    assert report.scenario_at(12.0, starts) == "broker cut"
    assert report.scenario_at(-1.0, starts) == "start"
    check = report.exits_check([("billing", 1, 41.0), ("card_projector", 1, 1.0), ("card_projector", 1, 2.0)], starts)
    assert not check.ok
    assert check.detail == "billing exited (code 1) during 'broker cut'; card_projector exited (code 1) 2 times during 'steady'"
    assert report.exits_check([], starts).ok


def test_recovery_runs_to_the_last_failed_answer_after_the_fault_is_lifted():
    from chaos.faults import recovery_point

    assert recovery_point([(5.0, True), (7.0, False), (9.5, True), (11.0, False)], lifted=8.0) == 9.5
    assert recovery_point([(5.0, True)], lifted=8.0) == 8.0  # failures while down do not count against recovery
