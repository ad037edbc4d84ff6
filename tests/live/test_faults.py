"""PostgreSQL and then Redis restarted under load: 503s while down, nothing lost, quick recovery."""

from __future__ import annotations

from bench import faults


def test_restarts_under_load_lose_no_write_and_recover_by_themselves():
    figures = faults.run()
    print("\n".join(f"{k}: {v}" for k, v in figures.items()))  # the report, with -s
    assert figures["ready during PostgreSQL outage"] == (503, "application/problem+json")
    assert figures["ready during Redis outage"][0] == 503
    assert figures["503"] > 0  # the outage was real and was answered as such
    assert figures["other"] == {}  # no 500s, no other statuses, no dropped connections
    assert figures["stack traces in responses"] == 0
    assert figures["writes acknowledged"] > 0
    assert figures["writes lost"] == 0
    assert figures["writes applied twice"] == 0
    assert 0 <= figures["first 2xx write after PostgreSQL restart (s)"] < 10
    assert 0 <= figures["first 2xx write after Redis restart (s)"] < 10
    assert all(seconds < 10 for seconds in figures["SIGTERM drain (s)"])
