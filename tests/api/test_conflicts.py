"""Conflicts: reported to organisers, never refused."""

from __future__ import annotations

import threading

from sessions.services import agenda as agenda_service
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
NONE = {
    "room_double_booking": 0,
    "person_double_booking": 0,
    "gap": 0,
    "clash": 0,
    "unavailable": 0,
}


async def _conflicts(client, auth, **params) -> dict:
    response = await client.get(CONFLICTS, headers=auth, params=params)
    assert response.status_code == 200, response.text
    # Organisers only: no shared cache or browser keeps it.
    assert response.headers["cache-control"] == "no-store"
    assert "authorization" in response.headers["vary"].lower()
    body = response.json()
    left = max(0, body["total"] - params.get("offset", 0))
    assert len(body["items"]) == min(left, params.get("limit", 100))
    assert sum(body["summary"].values()) == body["total"]
    return body


async def test_a_clean_plan_has_no_conflicts(client, auth):
    await reference_example(client, auth)
    # Same room straight afterwards: half-open intervals touch without overlapping.
    await make_session(
        client, auth, title="Next one", start="2024-12-18T16:45", end="2024-12-18T17:30"
    )
    body = await _conflicts(client, auth)
    assert body == {
        "event": "igf-2024",
        "timezone": "Asia/Riyadh",
        "items": [],
        "total": 0,
        "summary": NONE,
    }


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
    assert room["count"] == 2
    assert (room["span_start"], room["span_end"]) == (
        "2024-12-18T12:45:00+00:00",
        "2024-12-18T14:30:00+00:00",
    )
    assert body["timezone"] == "UTC"
    assert body["summary"] == {**NONE, "room_double_booking": 1}


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


async def test_a_room_booked_over_and_over_is_one_run_listing_its_first_fifty(client, auth):
    await make_event(client, auth)
    made = [
        await make_session(
            client,
            auth,
            title=f"Talk {i:02d}",
            start=f"2024-12-16T10:{i:02d}",
            end=f"2024-12-16T11:{i:02d}",
            room="Hall A",
        )
        for i in range(55)
    ]
    body = await _conflicts(client, auth)
    assert body["summary"] == {**NONE, "room_double_booking": 1}
    [run] = body["items"]
    assert (run["kind"], run["room"], run["count"]) == ("room_double_booking", "Hall A", 55)
    assert run["sessions"] == [s["id"] for s in made[:50]]
    # Booked twice from the second talk's start until the last talk but one ends.
    assert (run["start"], run["end"]) == ("2024-12-16T10:01:00+03:00", "2024-12-16T11:53:00+03:00")
    assert (run["span_start"], run["span_end"]) == (
        "2024-12-16T10:00:00+03:00",
        "2024-12-16T11:54:00+03:00",
    )
    assert run["message"] == (
        "'Hall A' has 55 overlapping bookings: 'Talk 00', 'Talk 01', 'Talk 02' and 52 more"
    )


async def test_conflicts_are_paged_and_summarised_over_every_page(client, auth):
    await make_event(client, auth)
    for day in range(16, 19):
        for room in ("A", "B"):
            for start, end in (("10:00", "11:00"), ("10:30", "11:30")):
                await make_session(
                    client,
                    auth,
                    title=f"{room} {start}",
                    start=f"2024-12-{day}T{start}",
                    end=f"2024-12-{day}T{end}",
                    room=room,
                )
    everything = await _conflicts(client, auth)
    assert everything["total"] == 6
    assert everything["summary"] == {**NONE, "room_double_booking": 6}
    starts = [c["start"] for c in everything["items"]]
    assert starts == sorted(starts)
    pages = [await _conflicts(client, auth, limit=4, offset=offset) for offset in (0, 4, 8)]
    assert [len(p["items"]) for p in pages] == [4, 2, 0]
    assert all(p["total"] == 6 and p["summary"] == everything["summary"] for p in pages)
    assert [c for p in pages for c in p["items"]] == everything["items"]


async def test_conflicts_paging_is_bounded(client, auth):
    await reference_example(client, auth)
    for params in ({"limit": "0"}, {"limit": "501"}, {"offset": "-1"}, {"limit": "ten"}):
        name = next(iter(params))
        assert_problem(await client.get(CONFLICTS, headers=auth, params=params), 422, name)
    assert (await _conflicts(client, auth, limit=500))["total"] == 0


async def test_conflicts_are_worked_out_off_the_event_loop(client, auth, monkeypatch):
    await reference_example(client, auth)
    threads = []
    find = agenda_service.find_conflicts

    def spy(sessions):
        threads.append(threading.get_ident())
        return find(sessions)

    monkeypatch.setattr(agenda_service, "find_conflicts", spy)
    await _conflicts(client, auth)
    # The test client runs the app on this thread's event loop.
    assert threads and threading.get_ident() not in threads


MEI = {"name": "Mei Tanaka", "role": "facilitator", "email": "mei@example.org"}


async def test_people_are_double_booked_at_segment_precision(client, auth):
    """Issue 12: Mei facilitates TCCM's online discussion (16:25-16:45) and the Open Forum's
    in-person networking (16:30-17:00): a conflict for the segments' own overlap. Her Open
    Forum opening (16:05-16:20) overlaps TCCM the session but none of her TCCM segments."""
    tccm = await reference_example(client, auth)
    plan = [dict(s) for s in TCCM_PLAN]
    plan[3]["people"] = [MEI]
    response = await put_plan(client, auth, tccm["id"], plan)
    assert response.status_code == 200, response.text
    forum = await make_session(
        client,
        auth,
        title="Open Forum",
        start="2024-12-18T16:00",
        end="2024-12-18T17:00",
        room="Workshop Room 3",
    )
    forum_plan = [
        {
            "kind": "presentation",
            "title": "Opening",
            "start": "2024-12-18T16:05",
            "end": "2024-12-18T16:20",
            "people": [MEI],
        },
        {"kind": "panel", "title": "Panel", "start": "2024-12-18T16:20", "end": "2024-12-18T16:30"},
        {
            "kind": "networking",
            "title": "Networking",
            "start": "2024-12-18T16:30",
            "end": "2024-12-18T17:00",
            "tracks": ["in-person"],
            "people": [MEI],
        },
        {
            "kind": "discussion",
            "title": "Online round",
            "start": "2024-12-18T16:30",
            "end": "2024-12-18T17:00",
            "tracks": ["online"],
        },
    ]
    response = await put_plan(client, auth, forum["id"], forum_plan)
    assert response.status_code == 200, response.text
    body = await _conflicts(client, auth)
    people = [c for c in body["items"] if c["kind"] == "person_double_booking"]
    assert len(people) == 1, body
    [clash] = people
    assert clash["person"] == "Mei Tanaka"
    assert set(clash["sessions"]) == {tccm["id"], forum["id"]}
    assert (clash["start"], clash["end"]) == (
        "2024-12-18T16:30:00+03:00",
        "2024-12-18T16:45:00+03:00",
    )
    assert clash["count"] == 2
    assert clash["segments"] == [
        {
            "session": tccm["id"],
            "title": "Facilitated discussion for online attendees",
            "start": "2024-12-18T16:25:00+03:00",
            "end": "2024-12-18T16:45:00+03:00",
        },
        {
            "session": forum["id"],
            "title": "Networking",
            "start": "2024-12-18T16:30:00+03:00",
            "end": "2024-12-18T17:00:00+03:00",
        },
    ]
    assert body["summary"]["person_double_booking"] == 1
    # Moved off TCCM's discussion onto its presentation (15:45-16:05, just before her Open
    # Forum opening), she is free: the sessions still overlap, her segments do not.
    plan[3]["people"] = []
    plan[0]["people"] = [MEI]
    response = await put_plan(
        client,
        auth,
        tccm["id"],
        plan,
        **{
            "If-Match": (
                await client.get(f"/api/v1/events/igf-2024/sessions/{tccm['id']}", headers=auth)
            ).headers["etag"]
        },
    )
    assert response.status_code == 200, response.text
    body = await _conflicts(client, auth)
    assert body["summary"]["person_double_booking"] == 0, body


async def test_a_session_overlapping_one_it_must_avoid_is_a_clash(client, auth):
    tccm = await reference_example(client, auth)
    main = await make_session(
        client,
        auth,
        title="Main Session",
        start="2024-12-18T15:00",
        end="2024-12-18T16:30",
        room="Plenary Hall",
    )
    later = await make_session(
        client,
        auth,
        title="Lightning talks",
        start="2024-12-18T17:00",
        end="2024-12-18T17:45",
        room="Plenary Hall",
        avoid_overlap_with=[main["id"]],
    )
    assert later["avoid_overlap_with"] == [main["id"]]
    assert (await _conflicts(client, auth))["summary"]["clash"] == 0
    session_url = f"/api/v1/events/igf-2024/sessions/{tccm['id']}"
    response = await client.patch(
        session_url, json={"avoid_overlap_with": [main["id"], later["id"]]}, headers=auth
    )
    assert response.status_code == 200, response.text
    assert response.json()["avoid_overlap_with"] == [main["id"], later["id"]]
    assert response.json()["sequence"] == tccm["sequence"]  # a rule is not a calendar change
    body = await _conflicts(client, auth)
    [clash] = [c for c in body["items"] if c["kind"] == "clash"]
    assert clash["sessions"] == [main["id"], tccm["id"]]
    assert (clash["start"], clash["end"]) == (
        "2024-12-18T15:45:00+03:00",
        "2024-12-18T16:30:00+03:00",
    )
    assert "must not overlap" in clash["message"]
    assert body["summary"]["clash"] == 1
    # Moved clear of both (17:45-18:45, its plan with it), the rules hold.
    response = await client.patch(session_url, json={"start": "2024-12-18T17:45"}, headers=auth)
    assert response.status_code == 200, response.text
    assert (await _conflicts(client, auth))["summary"]["clash"] == 0
    # Deleting the session it avoids takes the rule with it.
    response = await client.delete(f"/api/v1/events/igf-2024/sessions/{main['id']}", headers=auth)
    assert response.status_code == 204, response.text
    response = await client.get(session_url, headers=auth)
    assert response.json()["avoid_overlap_with"] == [later["id"]]


async def test_bad_clash_rules_are_refused_naming_the_field(client, auth):
    tccm = await reference_example(client, auth)
    session_url = f"/api/v1/events/igf-2024/sessions/{tccm['id']}"
    before = (await client.get(session_url, headers=auth)).json()
    unknown = "00000000-0000-4000-8000-000000000000"
    for rules, field in (
        ([tccm["id"]], "avoid_overlap_with[0]"),
        ([unknown], "avoid_overlap_with[0]"),
        (["not-a-uuid"], "avoid_overlap_with[0]"),
    ):
        response = await client.patch(session_url, json={"avoid_overlap_with": rules}, headers=auth)
        assert_problem(response, 422, field)
    other = await make_session(client, auth, title="Other", room="Hall")
    response = await client.patch(
        session_url, json={"avoid_overlap_with": [other["id"], other["id"]]}, headers=auth
    )
    assert_problem(response, 422, "avoid_overlap_with[1]")
    response = await client.post(
        "/api/v1/events/igf-2024/sessions",
        json={
            "title": "New",
            "start": "2024-12-18T10:00",
            "end": "2024-12-18T11:00",
            "avoid_overlap_with": [unknown],
        },
        headers=auth,
    )
    assert_problem(response, 422, "avoid_overlap_with[0]")
    assert (await client.get(session_url, headers=auth)).json() == before


async def test_the_demo_has_tccm_clash_with_the_wsis_main_session_once(client, ctx):
    from sessions.services.demo import DEMO_ORGANISER, MAIN_SESSION_TITLE, TCCM_TITLE, load_demo

    await load_demo(ctx)
    await load_demo(ctx)  # idempotent: still one rule, one clash
    auth = bearer(await new_token(ctx, DEMO_ORGANISER))
    body = await _conflicts(client, auth)
    [clash] = [c for c in body["items"] if c["kind"] == "clash"]
    sessions = (
        await client.get("/api/v1/events/igf-2024/sessions", headers=auth, params={"limit": 100})
    ).json()["items"]
    by_id = {s["id"]: s for s in sessions}
    assert [by_id[i]["title"] for i in clash["sessions"]] == [MAIN_SESSION_TITLE, TCCM_TITLE]
    tccm = next(s for s in sessions if s["title"] == TCCM_TITLE)
    assert [by_id[i]["title"] for i in tccm["avoid_overlap_with"]] == [MAIN_SESSION_TITLE]
