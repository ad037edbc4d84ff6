"""Conflicts: reported to organisers, never refused."""

from __future__ import annotations

from tests.api.helpers import (
    TCCM_PLAN,
    assert_problem,
    bearer,
    make_event,
    make_session,
    put_plan,
    reference_example,
)
from tests.conftest import new_token

CONFLICTS = "/api/v1/events/igf-2024/conflicts"


async def _conflicts(client, auth, **params) -> dict:
    response = await client.get(CONFLICTS, headers=auth, params=params)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["total"] == len(body["items"])
    return body


async def test_a_clean_plan_has_no_conflicts(client, auth):
    await reference_example(client, auth)
    # Same room straight afterwards: half-open intervals touch without overlapping.
    await make_session(
        client, auth, title="Next one", start="2024-12-18T16:45", end="2024-12-18T17:30"
    )
    body = await _conflicts(client, auth)
    assert body == {"event": "igf-2024", "timezone": "Asia/Riyadh", "items": [], "total": 0}


async def test_room_double_booking_is_reported_with_its_overlap(client, auth):
    tccm = await reference_example(client, auth)
    clash = await make_session(
        client,
        auth,
        title="Clash",
        start="2024-12-18T16:30",
        end="2024-12-18T17:30",
        room="workshop room 2",
    )
    # A cancelled session does not hold the room.
    await make_session(
        client,
        auth,
        title="Off",
        start="2024-12-18T16:00",
        end="2024-12-18T17:00",
        status="cancelled",
    )
    body = await _conflicts(client, auth, tz="UTC")
    rooms = [c for c in body["items"] if c["kind"] == "room_double_booking"]
    assert len(rooms) == 1
    [room] = rooms
    assert set(room["sessions"]) == {tccm["id"], clash["id"]}
    assert (room["start"], room["end"]) == (
        "2024-12-18T13:30:00+00:00",
        "2024-12-18T13:45:00+00:00",
    )
    assert room["room"].casefold() == "workshop room 2"
    assert body["timezone"] == "UTC"


async def test_person_double_booking_across_rooms(client, auth):
    await make_event(client, auth)
    ana = {"name": "Ana Example", "role": "speaker", "email": "ana@example.org"}
    first = await make_session(
        client,
        auth,
        title="First",
        start="2024-12-16T10:00",
        end="2024-12-16T11:00",
        room="A",
        people=[ana],
    )
    second = await make_session(
        client,
        auth,
        title="Second",
        start="2024-12-16T10:30",
        end="2024-12-16T12:00",
        room="B",
        people=[{**ana, "name": "Ana E.", "role": "moderator"}],
    )
    await make_session(
        client,
        auth,
        title="Later",
        start="2024-12-16T12:00",
        end="2024-12-16T13:00",
        room="C",
        people=[ana],
    )
    body = await _conflicts(client, auth)
    assert [c["kind"] for c in body["items"]] == ["person_double_booking"]
    [clash] = body["items"]
    assert set(clash["sessions"]) == {first["id"], second["id"]}
    assert (clash["start"], clash["end"]) == (
        "2024-12-16T10:30:00+03:00",
        "2024-12-16T11:00:00+03:00",
    )
    assert clash["person"] in {"Ana Example", "Ana E."}


async def test_a_gap_in_one_tracks_plan_is_reported_for_that_track(client, auth):
    tccm = await reference_example(client, auth)
    # Drop the online discussion: online has nothing from 16:25 to 16:45.
    response = await put_plan(client, auth, tccm["id"], TCCM_PLAN[:3])
    assert response.status_code == 200, response.text
    body = await _conflicts(client, auth)
    assert [
        (c["kind"], c["track"], c["start"], c["end"], c["sessions"]) for c in body["items"]
    ] == [("gap", "online", "2024-12-18T16:25:00+03:00", "2024-12-18T16:45:00+03:00", [tccm["id"]])]


async def test_conflicts_are_for_the_events_organisers_only(client, auth, ctx):
    await reference_example(client, auth)
    response = await client.get(CONFLICTS)
    assert_problem(response, 401)
    assert response.headers["www-authenticate"].lower().startswith("bearer")
    other = bearer(await new_token(ctx, "other@example.org"))
    assert_problem(await client.get(CONFLICTS, headers=other), 403)
