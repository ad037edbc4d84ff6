"""The production server, two workers: /metrics adds up both; logs never hold a secret.

One server for the module (it is slow to start): the scripted session of the log test
and the traffic of the metrics test both run against it, on an SQLite file.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.operations.conftest import Server, sessions_cli

ORGANISER = "ops-owner@example.org"
PASSWORD = "correct horse battery staple 17"
ATTENDEE = "ana.attendee@example.org"
AGENDA = "/api/v1/events/igf-2024/agenda"


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, dict]]:
    folder = tmp_path_factory.mktemp("served")
    env = {
        "SESSIONS_DATA_DIR": str(folder),
        "DATABASE_URL": f"sqlite+aiosqlite:///{folder / 'sessions.db'}",
        "SESSIONS_METRICS": "1",
        "SESSIONS_LOG_FORMAT": "json",
        # Mail goes nowhere: every delivery attempt fails and is retried later.
        "SMTP_URL": f"smtp://127.0.0.1:{_closed_port()}",
        "PROMETHEUS_MULTIPROC_DIR": "",
    }
    sessions_cli(env, "demo")
    printed = sessions_cli(env, "create-organiser", ORGANISER, "--password", PASSWORD).stdout
    token = printed.strip().splitlines()[-1]
    # The demo's owner, who runs its tracks live.
    demo = sessions_cli(env, "create-organiser", "organiser@demo.sessions.invalid").stdout
    server = Server(env, folder, "--workers", "2")
    try:
        yield server, {"token": token, "demo": demo.strip().splitlines()[-1], "folder": folder}
    finally:
        server.stop()


def scrape(server: Server) -> dict[str, float]:
    """Every sample of one scrape, by its name and labels as printed."""
    response = httpx.get(server.url + "/metrics", timeout=10)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    samples = {}
    for line in response.text.splitlines():
        if line and not line.startswith("#"):
            name, value = line.rsplit(" ", 1)
            samples[name] = float(value)
    return samples


def sample(samples: dict[str, float], name: str, **labels: str) -> float:
    """The sum of the samples named `name` whose labels include `labels`."""
    total = 0.0
    for key, value in samples.items():
        base, _, rest = key.partition("{")
        if base != name:
            continue
        found = dict(re.findall(r'(\w+)="([^"]*)"', rest))
        if all(found.get(k) == v for k, v in labels.items()):
            total += value
    return total


def test_metrics_add_up_across_two_workers(served, tmp_path: Path):
    server, facts = served
    auth = {"Authorization": f"Bearer {facts['demo']}"}
    before = scrape(server)
    agenda_before = sample(
        before, "sessions_requests_total", path="/api/v1/events/{event}/agenda", status_code="200"
    )
    for _ in range(30):  # a new connection each: uvicorn's workers share the listening socket
        assert httpx.get(server.url + AGENDA, timeout=10).status_code == 200
    assert httpx.get(server.url + "/events/igf-2024.ics", timeout=10).status_code == 200
    assert httpx.get(server.url + "/api/v1/events/nope", timeout=10).status_code == 404

    # Both workers wrote samples (one file per process and kind, named by its pid).
    folder = facts["folder"] / "metrics" / str(server.port)
    pids = {p.stem.rsplit("_", 1)[-1] for p in folder.glob("counter_*.db")}
    assert len(pids) >= 2, sorted(folder.iterdir())

    # Every scrape, whichever worker answers it, reports every worker's requests.
    for _ in range(6):
        samples = scrape(server)
        agenda = sample(
            samples,
            "sessions_requests_total",
            path="/api/v1/events/{event}/agenda",
            status_code="200",
        )
        assert agenda - agenda_before == 30
        # Per route template, never per URL.
        assert not any("igf-2024" in key for key in samples)
        assert sample(samples, "sessions_request_duration_seconds_count", path="/events/{name}")
        assert sample(samples, "sessions_requests_total", status_code="404") >= 1
        hits = sample(samples, "sessions_cache_reads_total", output="agenda", result="hit")
        misses = sample(samples, "sessions_cache_reads_total", output="agenda", result="miss")
        assert hits + misses >= 30 and hits >= 28
        assert sample(samples, "sessions_cache_reads_total", output="event.ics") >= 1
        assert sample(samples, "sessions_db_pool_connections_max") == 2 * 10  # 5 + 5 overflow
        assert "sessions_db_pool_connections_in_use" in samples
        assert samples["sessions_database_up"] == 1

    # A live stream open, and a message fanned out to it.
    received: list[str] = []
    opened = threading.Event()

    def listen() -> None:
        with httpx.stream(
            "GET", server.url + "/api/v1/events/igf-2024/live", timeout=30
        ) as response:
            opened.set()
            for line in response.iter_lines():
                if line.startswith("event:") and "hello" not in line:
                    received.append(line)
                    return

    listener = threading.Thread(target=listen, daemon=True)
    listener.start()
    assert opened.wait(10)
    deadline = time.monotonic() + 10
    while sample(scrape(server), "sessions_live_streams_open") < 1:
        assert time.monotonic() < deadline, "no open stream counted"
        time.sleep(0.2)
    # Without Redis, live messages reach the listeners of the worker that made the change:
    # post until one lands in the listener's worker (each new connection picks a worker).
    for minutes in range(1, 21):
        late = httpx.post(
            server.url + "/api/v1/events/igf-2024/tracks/online/live/late",
            json={"minutes": minutes},
            headers=auth,
            timeout=10,
        )
        assert late.status_code == 200, late.text
        listener.join(1)
        if received:
            break
    listener.join(15)
    assert received, "the stream got no message"
    deadline = time.monotonic() + 10
    while sample(scrape(server), "sessions_live_messages_fanned_out_total") < 1:
        assert time.monotonic() < deadline
        time.sleep(0.2)
    while sample(scrape(server), "sessions_live_streams_open") != 0:
        assert time.monotonic() < deadline, "the closed stream is still counted"
        time.sleep(0.2)


def test_outbox_series_follow_a_stuck_invite(served):
    server, _ = served
    registered = httpx.post(
        server.url + "/api/v1/events/igf-2024/registrations",
        json={"name": "Bo", "email": "bo@example.org", "track": "online", "timezone": "UTC"},
        timeout=10,
    )
    assert registered.status_code == 201, registered.text
    deadline = time.monotonic() + 30
    while True:  # the workers' senders sweep every 5 s; SMTP refuses every attempt
        samples = scrape(server)
        if sample(samples, "sessions_outbox_deliveries_total", outcome="deferred") >= 1:
            break
        assert time.monotonic() < deadline, "no delivery attempt counted"
        time.sleep(0.5)
    assert sample(samples, "sessions_outbox_pending", channel="mail") >= 1
    assert sample(samples, "sessions_outbox_oldest_pending_age_seconds", channel="mail") > 0
    assert sample(samples, "sessions_outbox_failed", channel="mail") == 0


def test_no_secret_reaches_a_log_line(served):
    """A whole scripted session: organiser token, password login, registration with its feed
    and manage tokens, their pages and APIs, wrong tokens; then every secret is looked for in
    every line the server wrote."""
    server, facts = served
    secrets = {ORGANISER, PASSWORD, ATTENDEE, facts["token"]}
    auth = {"Authorization": f"Bearer {facts['token']}"}
    with httpx.Client(base_url=server.url, timeout=10) as web:
        created = web.post(
            "/api/v1/events",
            json={
                "slug": "ops-day",
                "title": "Ops day",
                "timezone": "Europe/Zurich",
                "start_date": "2031-03-01",
                "end_date": "2031-03-01",
            },
            headers=auth,
        )
        assert created.status_code == 201, created.text
        session = web.post(
            "/api/v1/events/ops-day/sessions",
            json={"title": "Runbook", "start": "2031-03-01T10:00", "end": "2031-03-01T11:00"},
            headers=auth,
        )
        assert session.status_code == 201, session.text
        assert web.post("/api/v1/events/ops-day/publish", headers=auth).status_code == 200
        login = web.post(
            "/api/v1/auth/login",
            json={"email": ORGANISER, "password": PASSWORD},
            headers={"Origin": server.url},
        )
        assert login.status_code == 200, login.text
        secrets |= {c.value for c in web.cookies.jar if c.value}
        assert web.get("/api/v1/auth/me").status_code == 200
        registered = web.post(
            "/api/v1/events/ops-day/registrations",
            json={
                "name": "Ana Attendee",
                "email": ATTENDEE,
                "track": "online",
                "timezone": "Australia/Sydney",
            },
        )
        assert registered.status_code == 201, registered.text
        body = registered.json()
        feed = body["feed_url"].rsplit("/", 1)[-1].removesuffix(".ics")
        manage = body["manage_url"].rsplit("/", 1)[-1]
        secrets |= {feed, manage}
        assert web.get(f"/feeds/{feed}.ics").status_code == 200
        assert web.get(f"/r/{manage}").status_code == 200
        assert web.get(f"/api/v1/registrations/{manage}").status_code == 200
        assert (
            web.patch(
                f"/api/v1/registrations/{manage}", json={"timezone": "America/New_York"}
            ).status_code
            == 200
        )
        assert web.get(f"/feeds/{feed}x.ics").status_code == 404
        wrong = web.get(
            "/api/v1/events/ops-day/registrations",
            headers={"Authorization": f"Bearer {facts['token']}x"},
        )
        assert wrong.status_code == 401
        problem = web.get(f"/api/v1/registrations/{manage}zz", headers={"X-Request-ID": "ops-42"})
        assert problem.status_code in (404, 422)
        assert problem.headers["x-request-id"] == "ops-42"
        assert problem.json()["instance"] == "ops-42"
        assert web.post(
            "/api/v1/auth/login", json={"email": ATTENDEE, "password": "nope"}
        ).status_code in (401, 403)
        assert web.delete(f"/api/v1/registrations/{manage}").status_code == 204
    time.sleep(0.5)
    log = server.log()
    lines = [line for line in log.splitlines() if line.strip()]
    assert len(lines) > 20
    for secret in secrets:
        assert len(secret) >= 8
        leaks = [line for line in lines if secret in line]
        assert not leaks, (secret, leaks[:3])
    requests = [json.loads(line) for line in lines if '"sessions.request"' in line]
    assert all(set(r) >= {"route", "status", "duration_ms", "request_id"} for r in requests)
    quoted = [r for r in requests if r["request_id"] == "ops-42"]
    assert quoted and quoted[0]["route"] == "/api/v1/registrations/{token}"
    assert any(r.get("event") == "ops-day" for r in requests)
    assert all(json.loads(line) for line in lines)  # every line of the log is JSON
