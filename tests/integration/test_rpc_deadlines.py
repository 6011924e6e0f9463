"""A 504 from the gateway means "not done": a call queued while its service was down is dropped when
the service returns, because its caller's deadline has passed."""


def gbp(amount: int) -> dict:
    return {"amount": amount, "currency": "GBP"}


def test_a_top_up_answered_504_while_billing_was_down_is_not_recorded_when_billing_returns(
    suite, api, client_id, wait_until, service_log
):
    wait_until(lambda: _answers(api.get(f"/clients/{client_id}/balance"), 200), timeout=30)  # account opened
    suite.stop("billing")
    logged_before = len(service_log("billing"))
    try:
        timed_out = api.post(f"/clients/{client_id}/balance/top-ups", json={"amount": gbp(4321), "method": "cash"})
        assert timed_out.status_code == 504, timed_out.text
        assert timed_out.headers["Content-Type"] == "application/problem+json"
    finally:
        suite.start("billing")

    # billing takes its queue in order: once the balance answers, the queued top-up has been seen
    balance = wait_until(lambda: _answers(api.get(f"/clients/{client_id}/balance"), 200), timeout=60).json()
    assert balance["entries"] == [] and balance["balance"] == gbp(0)
    wait_until(lambda: _dropped(service_log("billing")[logged_before:]), timeout=10)


def _answers(response, status: int):
    assert response.status_code == status, response.text
    return response


def _dropped(log: str) -> None:
    assert "billing.top_up dropped unrun: its caller's deadline passed" in log
