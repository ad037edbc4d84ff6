"""Two app processes over one PostgreSQL and Redis: a change made through one reaches the other."""

from __future__ import annotations

import asyncio
import os
import queue
import time
import uuid

import httpx
import pytest
from sqlalchemy.engine import make_url

from tests.conftest import POSTGRES_URL, _admin
from tests.live.conftest import cli
from tests.live.test_live_stream import listen, next_event

REDIS_URL = os.environ.get("SESSIONS_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")

pytestmark = pytest.mark.skipif(
    not POSTGRES_URL,
    reason="scale-out runs on PostgreSQL: set SESSIONS_TEST_POSTGRES_URL (CI always does)",
)


@pytest.fixture
def shared_database() -> str:
    name = f"sessions_scale_{uuid.uuid4().hex[:10]}"
    asyncio.run(_admin(f'CREATE DATABASE "{name}"'))
    yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    asyncio.run(_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def test_a_change_through_one_process_reaches_the_other_within_a_second(shared_database, start_app):
    # A long read-cache lifetime: only the Redis message can explain a fresh answer.
    env = {
        **os.environ,
        "DATABASE_URL": shared_database,
        "REDIS_URL": REDIS_URL,
        "SESSIONS_READ_CACHE_TTL": "300",
    }
    cli(env, "demo")
    token = cli(env, "create-organiser", "organiser@demo.sessions.invalid").strip().splitlines()[-1]
    a, b = start_app(env, "a"), start_app(env, "b")
    session = httpx.get(f"{a.url}/api/v1/events/igf-2024/sessions").json()["items"][0]

    # B has read (and cached) the calendar and agenda before the change.
    before_ics = httpx.get(f"{b.url}/events/igf-2024.ics")
    before_agenda = httpx.get(f"{b.url}/api/v1/events/igf-2024/agenda")
    assert before_ics.status_code == before_agenda.status_code == 200

    messages: queue.Queue = queue.Queue()
    listen(f"{b.url}/api/v1/events/igf-2024/live", messages)
    next_event(messages, "hello", 10)

    sent = time.monotonic()
    moved = httpx.patch(
        f"{a.url}/api/v1/events/igf-2024/sessions/{session['id']}",
        json={"title": "Changed through process A"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert moved.status_code == 200
    changed, _, arrived = next_event(messages, "plan.changed", 5)
    assert arrived - sent < 1.0
    assert changed["event"] == "igf-2024"

    # B serves no stale cached calendar or agenda after the change.
    after_ics = httpx.get(f"{b.url}/events/igf-2024.ics")
    assert after_ics.headers["etag"] != before_ics.headers["etag"]
    assert "Changed through process A" in after_ics.text
    stale = httpx.get(
        f"{b.url}/events/igf-2024.ics", headers={"If-None-Match": before_ics.headers["etag"]}
    )
    assert stale.status_code == 200
    titles = [
        s["title"]
        for day in httpx.get(f"{b.url}/api/v1/events/igf-2024/agenda").json()["days"]
        for s in day["sessions"]
    ]
    assert "Changed through process A" in titles


def test_ten_minutes_late_declared_through_one_process_reaches_the_other(
    shared_database, start_app
):
    env = {**os.environ, "DATABASE_URL": shared_database, "REDIS_URL": REDIS_URL}
    cli(env, "demo")
    token = cli(env, "create-organiser", "organiser@demo.sessions.invalid").strip().splitlines()[-1]
    a, b = start_app(env, "a"), start_app(env, "b")

    messages: queue.Queue = queue.Queue()
    listen(f"{b.url}/api/v1/events/igf-2024/tracks/online/live", messages)
    next_event(messages, "hello", 10)

    sent = time.monotonic()
    declared = httpx.post(
        f"{a.url}/api/v1/events/igf-2024/tracks/online/live/late",
        json={"minutes": 10},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert declared.status_code == 200, declared.text
    late, _, arrived = next_event(messages, "running.late", 5)
    assert arrived - sent < 1.0
    assert (late["track"], late["minutes"]) == ("online", 10)
    now = httpx.get(
        f"{b.url}/api/v1/events/igf-2024/tracks/online/now",
        params={"at": "2024-12-18T16:10:00+03:00"},
    ).json()
    assert now["late_minutes"] == 10
