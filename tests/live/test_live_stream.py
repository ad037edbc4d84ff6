"""The live channel: changes reach listeners at once, and a reconnect catches up."""

from __future__ import annotations

import contextlib
import json
import os
import queue
import threading
import time
from pathlib import Path

import httpx

from tests.live.conftest import cli


def listen(url: str, into: queue.Queue, headers: dict[str, str] | None = None) -> threading.Thread:
    """Read a server-sent event stream in a thread, putting (event, data, id) on a queue."""

    def run() -> None:
        with contextlib.suppress(httpx.HTTPError):  # the server stops at the end of the test
            read(url, into, headers)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def read(url: str, into: queue.Queue, headers: dict[str, str] | None) -> None:
    with httpx.stream("GET", url, headers=headers or {}, timeout=30) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        fields: dict[str, str] = {}
        for line in response.iter_lines():
            if line == "":
                if "event" in fields:
                    into.put((fields["event"], json.loads(fields["data"]), fields.get("id")))
                fields = {}
            elif not line.startswith(":"):
                name, _, value = line.partition(": ")
                fields[name] = value


def next_event(into: queue.Queue, kind: str, timeout: float) -> tuple[dict, str | None, float]:
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        assert left > 0, f"no {kind!r} message within {timeout} s"
        event, data, message_id = into.get(timeout=left)
        if event == kind:
            return data, message_id, time.monotonic()


def _demo(tmp_path: Path) -> tuple[dict[str, str], str]:
    env = {**os.environ, "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/live.db"}
    cli(env, "demo")
    token = cli(env, "create-organiser", "organiser@demo.sessions.invalid").strip().splitlines()[-1]
    return env, token


def test_a_change_reaches_a_listener_within_a_second_and_a_reconnect_catches_up(
    tmp_path, start_app
):
    env, token = _demo(tmp_path)
    app = start_app(env)
    auth = {"Authorization": f"Bearer {token}"}
    sessions = httpx.get(f"{app.url}/api/v1/events/igf-2024/sessions").json()["items"]
    session = sessions[0]

    messages: queue.Queue = queue.Queue()
    listen(f"{app.url}/api/v1/events/igf-2024/tracks/online/live", messages)
    hello, _, _ = next_event(messages, "hello", 10)
    assert hello["track"] == "online"

    sent = time.monotonic()
    moved = httpx.patch(
        f"{app.url}/api/v1/events/igf-2024/sessions/{session['id']}",
        json={"title": "Moved by the organiser"},
        headers=auth,
    )
    assert moved.status_code == 200
    changed, first_id, arrived = next_event(messages, "plan.changed", 5)
    assert arrived - sent < 1.0
    assert changed["version"] == hello["version"] + 1
    assert first_id

    # Two more changes while a second client is away...
    for title in ("Second change", "Third change"):
        assert (
            httpx.patch(
                f"{app.url}/api/v1/events/igf-2024/sessions/{session['id']}",
                json={"title": title},
                headers=auth,
            ).status_code
            == 200
        )
    # ...who reconnects with the last id it saw and gets exactly what it missed.
    caught_up: queue.Queue = queue.Queue()
    listen(f"{app.url}/api/v1/events/igf-2024/live", caught_up, {"Last-Event-ID": first_id})
    next_event(caught_up, "hello", 10)
    missed = [next_event(caught_up, "plan.changed", 5)[0]["version"] for _ in range(2)]
    assert missed == [changed["version"] + 1, changed["version"] + 2]
    assert caught_up.empty()


def test_drafts_and_unknown_tracks_have_no_stream(tmp_path, start_app):
    env, _ = _demo(tmp_path)
    app = start_app(env)
    assert httpx.get(f"{app.url}/api/v1/events/no-such-event/live").status_code == 404
    assert httpx.get(f"{app.url}/api/v1/events/igf-2024/tracks/nope/live").status_code == 404
    bad = httpx.get(f"{app.url}/api/v1/events/igf-2024/live", headers={"Last-Event-ID": "9" * 65})
    assert bad.status_code == 422
    assert bad.headers["content-type"] == "application/problem+json"
    assert bad.json()["errors"][0]["field"] == "Last-Event-ID"
