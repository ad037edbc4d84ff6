"""The event's live stream is public: an anonymous attendee hears "running late" at once,
and nothing more than a published event's live state (no drafts, no notes, no private data).
"""

from __future__ import annotations

import queue
import threading
import time

import httpx

from sessions.http.live import HEARTBEAT_SECONDS
from tests.live.test_live_stream import _demo, listen, next_event

# What a message may carry: the live state and the plan's version, nothing about people.
PUBLIC_FIELDS = {"id", "type", "event", "version", "what", "track", "minutes"}


def _ended(url: str, headers: dict[str, str] | None = None) -> tuple[threading.Event, queue.Queue]:
    """Listen in a thread; the flag is set when the server ends the stream."""
    ended = threading.Event()
    into: queue.Queue = queue.Queue()

    def run() -> None:
        from tests.live.test_live_stream import read

        try:
            read(url, into, headers)
        except httpx.HTTPError:
            return
        ended.set()

    threading.Thread(target=run, daemon=True).start()
    return ended, into


def test_an_anonymous_attendee_hears_running_late_within_a_second(tmp_path, start_app):
    env, token = _demo(tmp_path)
    app = start_app(env)
    auth = {"Authorization": f"Bearer {token}"}

    with httpx.stream("GET", f"{app.url}/api/v1/events/igf-2024/live", timeout=10) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        assert "no-cache" in response.headers["cache-control"]
        assert "set-cookie" not in response.headers

    messages: queue.Queue = queue.Queue()
    listen(f"{app.url}/api/v1/events/igf-2024/live", messages)
    hello, _, _ = next_event(messages, "hello", 10)
    assert set(hello) <= PUBLIC_FIELDS

    late = f"{app.url}/api/v1/events/igf-2024/tracks/online/live/late"
    sent = time.monotonic()
    assert httpx.post(late, json={"minutes": 10}, headers=auth).status_code == 200
    try:
        news, news_id, arrived = next_event(messages, "running.late", 5)
        assert arrived - sent < 1.0
        assert news_id
        assert news == {
            "id": news_id,
            "type": "running.late",
            "event": "igf-2024",
            "version": news["version"],
            "track": "online",
            "minutes": 10,
        }
        assert news["version"] > hello["version"]
    finally:
        assert httpx.post(late, json={"minutes": 0}, headers=auth).status_code == 200
    back, _, _ = next_event(messages, "running.late", 5)
    assert back["minutes"] == 0

    # A plan change: attendees hear that it changed, never its content (notes included).
    sessions = httpx.get(f"{app.url}/api/v1/events/igf-2024/sessions", headers=auth).json()
    tccm = next(s for s in sessions["items"] if "TCCM" in s["title"])
    plan = [
        {
            "kind": g["kind"],
            "title": g["title"],
            "start": g["start"],
            "end": g["end"],
            "tracks": g["tracks"],
            "notes": "secret facilitator note",
        }
        for g in tccm["segments"]
    ]
    put = httpx.put(
        f"{app.url}/api/v1/events/igf-2024/sessions/{tccm['id']}/segments",
        json=plan,
        headers={**auth, "If-Match": f'"s{tccm["version"]}"'},
    )
    assert put.status_code == 200, put.text
    changed, _, _ = next_event(messages, "plan.changed", 5)
    assert set(changed) <= PUBLIC_FIELDS
    assert "secret" not in str(changed)

    # Anyone may read how late each track runs now (the polling fallback).
    state = httpx.get(f"{app.url}/api/v1/events/igf-2024/live/state")
    assert state.status_code == 200
    assert state.json() == {"event": "igf-2024", "late": {}}


def test_a_draft_has_no_public_stream_and_unpublishing_ends_the_open_ones(tmp_path, start_app):
    env, token = _demo(tmp_path)
    app = start_app(env)
    auth = {"Authorization": f"Bearer {token}"}
    created = httpx.post(
        f"{app.url}/api/v1/events",
        json={
            "slug": "quiet-draft",
            "title": "Not yet announced",
            "timezone": "Europe/Oslo",
            "start_date": "2025-06-23",
            "end_date": "2025-06-27",
        },
        headers=auth,
    )
    assert created.status_code == 201, created.text
    for path in ("/live", "/tracks/online/live", "/live/state"):
        url = f"{app.url}/api/v1/events/quiet-draft{path}"
        assert httpx.get(url).status_code == 404, path
    with httpx.stream(
        "GET", f"{app.url}/api/v1/events/quiet-draft/live", headers=auth, timeout=10
    ) as own:
        assert own.status_code == 200  # its organisers follow it live

    # An attendee listens to a published event; the organisers take it back to draft.
    ended, messages = _ended(f"{app.url}/api/v1/events/igf-2024/live")
    next_event(messages, "hello", 10)
    down = httpx.post(f"{app.url}/api/v1/events/igf-2024/unpublish", headers=auth)
    assert down.status_code == 200, down.text
    try:
        # The stream ends (a browser reconnects, gets 404 and stops): a draft's news stops
        # reaching the public at once, not at the next reconnect.
        assert ended.wait(5), "the anonymous stream stayed open on a draft"
        assert httpx.get(f"{app.url}/api/v1/events/igf-2024/live").status_code == 404
        late = httpx.post(
            f"{app.url}/api/v1/events/igf-2024/tracks/online/live/late",
            json={"minutes": 5},
            headers=auth,
        )
        assert late.status_code == 200
        time.sleep(0.5)
        assert all(kind != "running.late" for kind, _, _ in list(messages.queue))
    finally:
        httpx.post(f"{app.url}/api/v1/events/igf-2024/publish", headers=auth)


def test_a_quiet_stream_stays_open_past_its_heartbeat(tmp_path, start_app):
    """An attendee opens the agenda and waits: the stream outlives a quiet spell longer than
    the heartbeat (heartbeats keep it open, they must not end it), and news still arrives."""
    env, token = _demo(tmp_path)
    app = start_app(env)
    ended, messages = _ended(f"{app.url}/api/v1/events/igf-2024/live")
    next_event(messages, "hello", 10)
    assert not ended.wait(HEARTBEAT_SECONDS + 2), "the stream ended after a quiet spell"
    late = f"{app.url}/api/v1/events/igf-2024/tracks/online/live/late"
    auth = {"Authorization": f"Bearer {token}"}
    assert httpx.post(late, json={"minutes": 10}, headers=auth).status_code == 200
    try:
        assert next_event(messages, "running.late", 3)[0]["minutes"] == 10
    finally:
        httpx.post(late, json={"minutes": 0}, headers=auth)
