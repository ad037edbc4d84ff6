"""With Redis, a process's first listener on a channel hears only what happens from now on.

Before: Litestar's Redis stream backend read a channel new to the process from its first
entry, so a replica's first run-of-show listener was told "the plan has changed" about
changes made long before it connected (hardening issue).
"""

from __future__ import annotations

import os
import queue
import time

import httpx

from tests.live.conftest import cli
from tests.live.test_live_stream import listen, next_event

REDIS_URL = os.environ.get("SESSIONS_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def test_a_new_listener_on_another_process_is_not_told_of_old_changes(tmp_path, start_app):
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/shared.db",
        "REDIS_URL": REDIS_URL,
    }
    cli(env, "demo")
    token = cli(env, "create-organiser", "organiser@demo.sessions.invalid").strip().splitlines()[-1]
    a = start_app(env, "a")
    session = httpx.get(f"{a.url}/api/v1/events/igf-2024/sessions").json()["items"][0]
    changed = httpx.patch(
        f"{a.url}/api/v1/events/igf-2024/sessions/{session['id']}",
        json={"title": "Changed before anyone listened on B"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert changed.status_code == 200

    b = start_app(env, "b")
    messages: queue.Queue = queue.Queue()
    listen(f"{b.url}/api/v1/events/igf-2024/tracks/online/live", messages)
    next_event(messages, "hello", 10)
    time.sleep(2)  # long enough for a replay to arrive
    heard = []
    while not messages.empty():
        heard.append(messages.get()[0])
    assert "plan.changed" not in heard, heard

    # ...and it does hear the next change, made through the other process.
    changed = httpx.patch(
        f"{a.url}/api/v1/events/igf-2024/sessions/{session['id']}",
        json={"title": "Changed while B listens"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert changed.status_code == 200
    next_event(messages, "plan.changed", 5)
