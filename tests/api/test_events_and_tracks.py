"""Events and tracks: zone changes keep wall-clock times, dates guard sessions, tracks CRUD, lists."""

from __future__ import annotations

from tests.api.helpers import (
    IGF,
    assert_problem,
    db_dump,
    make_event,
    reference_example,
)

EVENT = "/api/v1/events/igf-2024"
TRACKS = f"{EVENT}/tracks"


async def test_a_new_event_is_a_draft_with_in_person_and_online_tracks(client, auth):
    response = await client.post("/api/v1/events", json=IGF, headers=auth)
    assert response.status_code == 201, response.text
    event = response.json()
    assert (event["slug"], event["timezone"], event["status"]) == (
        "igf-2024",
        "Asia/Riyadh",
        "draft",
    )
    assert (event["start_date"], event["end_date"]) == ("2024-12-15", "2024-12-19")
    assert [(t["slug"], t["mode"]) for t in event["tracks"]] == [
        ("in-person", "in_person"),
        ("online", "online"),
    ]
    assert response.headers["location"].endswith("/api/v1/events/igf-2024")
    assert response.headers["etag"] == (await client.get(EVENT, headers=auth)).headers["etag"]


async def test_changing_the_zone_keeps_wall_clock_times_and_moves_instants(client, auth):
    tccm = await reference_example(client, auth)
    session_path = f"{EVENT}/sessions/{tccm['id']}"
    before = (await client.get(session_path, headers=auth)).json()
    tag = (await client.get(EVENT, headers=auth)).headers["etag"]
    response = await client.patch(
        EVENT, json={"timezone": "Europe/Berlin"}, headers={**auth, "If-Match": tag}
    )
    assert response.status_code == 200, response.text
    assert response.json()["timezone"] == "Europe/Berlin"
    assert response.headers["etag"] != tag
    after = (await client.get(session_path, headers=auth)).json()
    assert (after["start"], after["end"]) == (
        "2024-12-18T15:45:00+01:00",
        "2024-12-18T16:45:00+01:00",
    )
    assert after["timezone"] == "Europe/Berlin"
    assert [s["start"] for s in after["segments"]] == [
        "2024-12-18T15:45:00+01:00",
        "2024-12-18T16:05:00+01:00",
        "2024-12-18T16:25:00+01:00",
        "2024-12-18T16:25:00+01:00",
    ]
    assert after["sequence"] > before["sequence"]
    agenda = (await client.get(f"{EVENT}/agenda", params={"tz": "UTC"})).json()
    assert agenda["event_timezone"] == "Europe/Berlin"
    assert agenda["days"][0]["sessions"][0]["start"] == "2024-12-18T14:45:00+00:00"


async def test_a_zone_where_a_session_time_does_not_exist_is_refused(client, auth, ctx):
    await make_event(
        client,
        auth,
        slug="spring",
        timezone="Europe/London",
        start_date="2025-03-29",
        end_date="2025-03-31",
    )
    made = await client.post(
        "/api/v1/events/spring/sessions",
        json={"title": "Early", "start": "2025-03-30T02:30", "end": "2025-03-30T03:30"},
        headers=auth,
    )
    assert made.status_code == 201, made.text  # London moves its clocks at 01:00
    before = await db_dump(ctx)
    response = await client.patch(
        "/api/v1/events/spring", json={"timezone": "Europe/Berlin"}, headers=auth
    )  # Berlin skips 02:00-03:00 that night
    body = assert_problem(response, 422, "timezone")
    assert "forward" in body["errors"][0]["message"]
    assert await db_dump(ctx) == before


async def test_event_dates_that_would_orphan_a_session_are_refused(client, auth, ctx):
    await reference_example(client, auth)
    before = await db_dump(ctx)
    response = await client.patch(EVENT, json={"end_date": "2024-12-17"}, headers=auth)
    body = assert_problem(response, 422, "end_date")
    assert "2024-12-18" in body["errors"][0]["message"]
    assert await db_dump(ctx) == before
    # Dates that still hold every session are fine.
    fine = await client.patch(
        EVENT, json={"start_date": "2024-12-18", "end_date": "2024-12-18"}, headers=auth
    )
    assert fine.status_code == 200, fine.text
    assert (fine.json()["start_date"], fine.json()["end_date"]) == ("2024-12-18", "2024-12-18")


async def test_tracks_crud(client, auth):
    await make_event(client, auth)
    listed = (await client.get(TRACKS, headers=auth)).json()
    assert listed["total"] == 2
    assert [t["slug"] for t in listed["items"]] == ["in-person", "online"]

    created = await client.post(
        TRACKS,
        json={
            "slug": "captions",
            "name": "Live captions",
            "mode": "online",
            "join_url": "https://cc.example.org/igf",
        },
        headers=auth,
    )
    assert created.status_code == 201, created.text
    assert created.json()["join_url"] == "https://cc.example.org/igf"
    path = f"{TRACKS}/captions"
    read = await client.get(path, headers=auth)
    assert read.json() == created.json()
    assert read.headers["etag"] == created.headers["etag"]

    duplicate = await client.post(
        TRACKS, json={"slug": "captions", "name": "Again", "mode": "online"}, headers=auth
    )
    assert_problem(duplicate, 409, "slug")

    patched = await client.patch(
        path, json={"name": "Captions"}, headers={**auth, "If-Match": read.headers["etag"]}
    )
    assert patched.status_code == 200, patched.text
    assert patched.json()["name"] == "Captions"
    assert patched.headers["etag"] != read.headers["etag"]

    listed = (await client.get(TRACKS, headers=auth)).json()
    assert (listed["total"], [t["slug"] for t in listed["items"]]) == (
        3,
        ["in-person", "online", "captions"],
    )

    deleted = await client.delete(path, headers={**auth, "If-Match": patched.headers["etag"]})
    assert deleted.status_code == 204
    assert_problem(await client.get(path, headers=auth), 404)
    assert (await client.get(TRACKS, headers=auth)).json()["total"] == 2


async def test_a_track_in_use_cannot_be_deleted(client, auth, ctx):
    await reference_example(client, auth)
    before = await db_dump(ctx)
    response = await client.delete(f"{TRACKS}/online", headers=auth)
    assert_problem(response, 409)
    assert await db_dump(ctx) == before
    assert (await client.get(f"{TRACKS}/online")).status_code == 200


async def test_an_event_with_its_own_tracks(client, auth):
    tracks = [{"slug": "hall", "name": "Main hall", "mode": "in_person", "location": "Hall A"}]
    event = await make_event(client, auth, slug="custom", tracks=tracks)
    assert [(t["slug"], t["location"]) for t in event["tracks"]] == [("hall", "Hall A")]
    session = await client.post(
        "/api/v1/events/custom/sessions",
        json={"title": "Only in the hall", "start": "2024-12-16T10:00", "end": "2024-12-16T11:00"},
        headers=auth,
    )
    assert session.json()["tracks"] == ["hall"]


async def test_lists_are_items_and_total_and_page(client, auth):
    for i, day in enumerate(("2024-12-15", "2024-12-16", "2024-12-17")):
        await make_event(client, auth, slug=f"event-{i}", start_date=day, end_date=day)
    page = (await client.get("/api/v1/events", params={"limit": 2}, headers=auth)).json()
    assert set(page) == {"items", "total"}
    assert page["total"] == 3
    assert [e["slug"] for e in page["items"]] == ["event-0", "event-1"]
    rest = (
        await client.get("/api/v1/events", params={"limit": 2, "offset": 2}, headers=auth)
    ).json()
    assert (rest["total"], [e["slug"] for e in rest["items"]]) == (3, ["event-2"])


async def test_sessions_list_in_time_order_with_paging(client, auth):
    await make_event(client, auth)
    for start in ("2024-12-17T09:00", "2024-12-15T09:00", "2024-12-16T09:00"):
        end = start.replace("09:00", "10:00")
        made = await client.post(
            f"{EVENT}/sessions", json={"title": start, "start": start, "end": end}, headers=auth
        )
        assert made.status_code == 201
    page = (await client.get(f"{EVENT}/sessions", params={"limit": 2}, headers=auth)).json()
    assert page["total"] == 3
    assert [s["title"] for s in page["items"]] == ["2024-12-15T09:00", "2024-12-16T09:00"]


async def test_deleting_an_event_removes_everything_in_it(client, auth, ctx):
    empty = await db_dump(ctx)
    await reference_example(client, auth)
    tag = (await client.get(EVENT, headers=auth)).headers["etag"]
    response = await client.delete(EVENT, headers={**auth, "If-Match": tag})
    assert response.status_code == 204
    assert_problem(await client.get(EVENT, headers=auth), 404)
    after = await db_dump(ctx)
    # The one trace left is on purpose: when the published set last changed, which is
    # /calendar.ics's Last-Modified (the event was published, then deleted).
    changed = [row for row in after.pop("meta") if "published_set_changed_at" not in row]
    assert changed == empty.pop("meta")
    assert after == empty
