"""Responses that depend on who asks stay private; HEAD is answered wherever GET is."""

from __future__ import annotations

import pytest

from tests.api.helpers import reference_example


@pytest.fixture
async def session_id(client, auth) -> str:
    return (await reference_example(client, auth))["id"]


async def test_every_read_varies_with_credentials_and_credentialed_ones_are_private(
    client, auth, session_id
):
    path = f"/api/v1/events/igf-2024/sessions/{session_id}"
    anonymous = await client.get(path)
    organiser = await client.get(path, headers=auth)
    for response in (anonymous, organiser):
        vary = response.headers["vary"].lower()
        assert "authorization" in vary and "cookie" in vary
    assert "private" in organiser.headers["cache-control"]
    assert "private" not in anonymous.headers.get("cache-control", "")
    calendar = await client.get("/events/igf-2024.ics", headers=auth)
    assert "private" in calendar.headers["cache-control"]


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/auth/me",
        "/api/v1/auth/tokens",
        "/api/v1/events/igf-2024/organisers",
        "/api/v1/events/igf-2024/registrations",
        "/api/v1/events/igf-2024/conflicts",
    ],
)
async def test_who_is_who_is_never_stored(client, auth, session_id, path):
    response = await client.get(path, headers=auth)
    assert response.status_code == 200, response.text
    assert "no-store" in response.headers["cache-control"]


@pytest.mark.parametrize(
    "path",
    [
        "/events/igf-2024.ics",
        "/events/igf-2024/tracks/online.ics",
        "/events/igf-2024/sessions/{sid}.ics",
        "/calendar.ics",
        "/events/igf-2024/schedule.json",
        "/events/igf-2024/schedule.xml",
        "/api/v1/events/igf-2024/agenda",
        "/e/igf-2024",
        "/",
    ],
)
async def test_head_is_answered_wherever_get_is(client, auth, session_id, path):
    path = path.format(sid=session_id)
    got = await client.get(path)
    head = await client.head(path)
    assert got.status_code == 200, got.text
    assert head.status_code == 200
    assert head.content == b""
    for name in ("content-type", "etag", "last-modified"):
        assert head.headers.get(name) == got.headers.get(name), name


async def test_an_anonymous_reader_never_gets_a_304_for_the_organisers_view(
    client, auth, session_id
):
    """Before: both views carried ETag "s2", and an anonymous If-None-Match "s2" got 304, so a
    shared cache could hand the organiser's copy (facilitator notes included) to anyone."""
    path = f"/api/v1/events/igf-2024/sessions/{session_id}"
    organiser = await client.get(path, headers=auth)
    anonymous = await client.get(path)
    assert any("notes" in seg for seg in organiser.json()["segments"])
    assert not any("notes" in seg for seg in anonymous.json()["segments"])
    assert organiser.headers["etag"] != anonymous.headers["etag"]
    replayed = await client.get(path, headers={"If-None-Match": organiser.headers["etag"]})
    assert replayed.status_code == 200
    assert not any("notes" in seg for seg in replayed.json()["segments"])
    # Each reader's own tag still saves a download; the organiser's still guards writes.
    again = await client.get(path, headers={"If-None-Match": anonymous.headers["etag"]})
    assert again.status_code == 304
    write = await client.patch(
        path, json={"title": "TCCM"}, headers={**auth, "If-Match": organiser.headers["etag"]}
    )
    assert write.status_code == 200, write.text
