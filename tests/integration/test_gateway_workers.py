"""The gateway as production runs it: several gunicorn workers whose metrics add up."""

import requests


def _healthz_count(base_url: str, headers: dict) -> float:
    text = requests.get(f"{base_url}/metrics", headers=headers, timeout=10).text
    for line in text.splitlines():
        if line.startswith("clientcard_http_requests_total{") and 'endpoint="/healthz"' in line and 'status="200"' in line:
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def test_metrics_count_every_request_whichever_worker_served_it(second_gateway, suite, api):
    secret = api.post("/api-keys", json={"name": "Prometheus", "scopes": ["ops:read"]}).json()["secret"]
    headers = {"Authorization": f"Bearer {secret}"}
    before = _healthz_count(second_gateway, headers)
    seen = set()
    for _ in range(60):
        requests.get(f"{second_gateway}/healthz", timeout=10)
    for _ in range(6):  # the metrics page itself answers from either worker: the sum must be the same
        seen.add(_healthz_count(second_gateway, headers))

    assert seen == {before + 60}
