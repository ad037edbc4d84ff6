"""Who may read which calendar, and the 404s and 422s of the calendar paths.

Drafts are visible only to their organisers: to everyone else a draft's
calendars, invites and schedules are 404 and it is absent from /calendar.ics.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from tests.api.helpers import NYC, assert_problem, bearer, make_event, reference_example
from tests.conftest import new_token

from .kit import ICS_TYPE, by_uid, plain_text

HOST = "sessions.test"


def draft_paths(session_id: str) -> dict[str, str]:
    return {
        "event": "/events/igf-2024.ics",
        "event-online": "/events/igf-2024.ics?track=online",
        "event-utc": "/events/igf-2024.ics?utc=1&segments=1",
        "track": "/events/igf-2024/tracks/online.ics",
        "invite": f"/events/igf-2024/sessions/{session_id}.ics",
        "invite-reader": f"/events/igf-2024/sessions/{session_id}.ics?track=online&tz=UTC",
        "schedule.json": "/events/igf-2024/schedule.json",
        "schedule.xml": "/events/igf-2024/schedule.xml",
    }


@pytest.fixture
async def draft_and_published(client: Any, auth: dict[str, str]) -> dict[str, Any]:
    """IGF 2024 as a draft with the TCCM session; a published season event beside it."""
    session = await reference_example(client, auth, publish=False)
    await make_event(client, auth, **NYC)
    published = await client.post(f"/api/v1/events/{NYC['slug']}/publish", headers=auth)
    assert published.status_code == 200, published.text
    return session


async def assert_hidden(client: Any, paths: dict[str, str], headers: dict[str, str]) -> None:
    for name, path in paths.items():
        response = await client.get(path, headers=headers)
        assert_problem(response, 404)
        assert "igf-2024" in response.json()["detail"], name


async def assert_calendar_ics_lacks(client: Any, session_id: str) -> bytes:
    response = await client.get("/calendar.ics")
    assert response.status_code == 200, response.text
    uids = by_uid(response.content)
    assert f"{session_id}@{HOST}" not in uids
    assert "Internet Governance Forum 2024" not in plain_text(response.content)
    assert "A season in New York" in plain_text(response.content)
    return response.content


async def test_a_draft_is_the_organisers_alone(
    client: Any, ctx: Any, auth: dict[str, str], draft_and_published: dict[str, Any]
) -> None:
    session_id = draft_and_published["id"]
    paths = draft_paths(session_id)
    # The organiser reads first, so every rendering is cached before anyone else asks.
    for name, path in paths.items():
        response = await client.get(path, headers=auth)
        assert response.status_code == 200, (name, response.text)
        if path.endswith(".ics") or ".ics?" in path:
            assert response.headers["content-type"] == ICS_TYPE, name
    stranger = bearer(await new_token(ctx, "stranger@example.org"))
    for headers in ({}, stranger):
        await assert_hidden(client, paths, headers)
        # No validators leak either: a conditional request is still a 404.
        response = await client.get(paths["event"], headers={**headers, "If-None-Match": "*"})
        assert response.status_code == 404
    await assert_calendar_ics_lacks(client, session_id)

    # Published, everyone sees it; back to draft, it is gone again, cached copies and all.
    assert (await client.post("/api/v1/events/igf-2024/publish", headers=auth)).status_code == 200
    for name, path in paths.items():
        assert (await client.get(path)).status_code == 200, name
    everything = await client.get("/calendar.ics")
    assert f"{session_id}@{HOST}" in by_uid(everything.content)
    assert (await client.post("/api/v1/events/igf-2024/unpublish", headers=auth)).status_code == 200
    await assert_hidden(client, paths, {})
    await assert_calendar_ics_lacks(client, session_id)
    for name, path in paths.items():
        assert (await client.get(path, headers=auth)).status_code == 200, name


async def test_unknown_things_are_404(client: Any, auth: dict[str, str]) -> None:
    session = await reference_example(client, auth)
    in_person_only = await client.post(
        "/api/v1/events/igf-2024/sessions",
        json={
            "title": "Lightning talks",
            "start": "2024-12-18T17:00",
            "end": "2024-12-18T17:45",
            "tracks": ["in-person"],
        },
        headers=auth,
    )
    assert in_person_only.status_code == 201, in_person_only.text
    invite = f"/events/igf-2024/sessions/{session['id']}"
    for path in (
        "/events/igf-2024.ics?track=hybrid",
        "/events/igf-2024/tracks/hybrid.ics",
        f"{invite}.ics?track=hybrid",
        f"/events/igf-2024/sessions/{in_person_only.json()['id']}.ics?track=online",
        f"/events/igf-2024/sessions/{uuid.uuid4()}.ics",
        "/events/igf-2024/sessions/not-a-uuid.ics",
        "/events/no-such-event.ics",
        "/events/no-such-event/tracks/online.ics",
        f"/events/no-such-event/sessions/{session['id']}.ics",
        "/events/no-such-event/schedule.json",
        "/events/no-such-event/schedule.xml",
        # The suffix is part of the path: without `.ics` there is no calendar.
        "/events/igf-2024",
        "/events/igf-2024.ical",
        "/events/.ics",
        "/events/igf-2024/tracks/online",
        "/events/igf-2024/tracks/.ics",
        invite,
        "/events/igf-2024/schedule",
    ):
        assert_problem(await client.get(path), 404)
        assert_problem(await client.get(path, headers=auth), 404)


@pytest.mark.parametrize("zone", ["Mars/Olympus", "asia/riyadh", "+03:00", "", "EST5EDT,M3"])
async def test_a_bad_reader_zone_is_422(client: Any, auth: dict[str, str], zone: str) -> None:
    session = await reference_example(client, auth)
    for path in (
        f"/events/igf-2024/sessions/{session['id']}.ics",
        "/events/igf-2024.ics",
        "/events/igf-2024/tracks/online.ics",
    ):
        response = await client.get(path, params={"tz": zone})
        body = assert_problem(response, 422, "tz")
        (error,) = [e for e in body["errors"] if e["field"] == "tz"]
        assert error.get("value") == zone, body
