"""ETags, If-Match and If-None-Match; sequence versus version; moving and resizing sessions."""

from __future__ import annotations

from typing import Any

import pytest

from tests.api.helpers import (
    TCCM_PLAN,
    assert_problem,
    db_dump,
    put_plan,
    reference_example,
)

EVENT = "/api/v1/events/igf-2024"
SESSIONS = f"{EVENT}/sessions"


@pytest.fixture
async def tccm(client, auth) -> dict:
    return await reference_example(client, auth)


async def _get(client: Any, path: str, **headers: str) -> Any:
    response = await client.get(path, headers=headers)
    assert response.status_code == 200, response.text
    return response


async def test_every_event_track_and_session_read_has_an_etag(client, tccm):
    paths = (
        EVENT,
        f"{EVENT}/tracks/online",
        f"{EVENT}/tracks/in-person",
        f"{SESSIONS}/{tccm['id']}",
    )
    for path in paths:
        etag = (await _get(client, path)).headers.get("etag")
        assert etag and etag.startswith('"') and etag.endswith('"'), (path, etag)


# In this order: the deletions last, the event's own last of all.
STALE_WRITES = {
    "patch event": ("PATCH", EVENT, {"title": "Renamed"}),
    "patch track": ("PATCH", f"{EVENT}/tracks/online", {"name": "Remote"}),
    "patch session": ("PATCH", f"{SESSIONS}/{{sid}}", {"room": "Plenary"}),
    "put segments": ("PUT", f"{SESSIONS}/{{sid}}/segments", TCCM_PLAN[:2]),
    "delete track": ("DELETE", f"{EVENT}/tracks/spare", None),
    "delete session": ("DELETE", f"{SESSIONS}/{{sid}}", None),
    "delete event": ("DELETE", EVENT, None),
}


async def test_a_stale_if_match_is_412_and_changes_nothing(client, auth, ctx, tccm, subtests):
    spare = {"slug": "spare", "name": "Spare", "mode": "online"}  # a track no session uses
    assert (await client.post(f"{EVENT}/tracks", json=spare, headers=auth)).status_code == 201
    for name, (method, path, body) in STALE_WRITES.items():
        with subtests.test(write=name):
            path = path.format(sid=tccm["id"])
            current = (await _get(client, path.removesuffix("/segments"), **auth)).headers["etag"]
            stale = current[:-1] + '0"'  # a tag this resource had before, or never had
            before = await db_dump(ctx)
            kwargs: dict[str, Any] = {"headers": {**auth, "If-Match": stale}}
            if body is not None:
                kwargs["json"] = body
            assert_problem(await client.request(method, path, **kwargs), 412)
            assert await db_dump(ctx) == before
            # The current tag, even among others, is accepted.
            kwargs["headers"]["If-Match"] = f"{stale}, {current}"
            response = await client.request(method, path, **kwargs)
            assert response.status_code in (200, 204), response.text
            assert await db_dump(ctx) != before


async def test_a_session_edited_by_someone_else_meanwhile_is_412(client, auth, tccm):
    path = f"{SESSIONS}/{tccm['id']}"
    read = (await _get(client, path, **auth)).headers["etag"]
    first = await client.patch(path, json={"title": "First"}, headers={**auth, "If-Match": read})
    assert first.status_code == 200, first.text
    second = await client.patch(path, json={"title": "Second"}, headers={**auth, "If-Match": read})
    assert_problem(second, 412)
    assert (await _get(client, path)).json()["title"] == "First"


async def test_writes_without_if_match_are_allowed(client, auth, tccm):
    path = f"{SESSIONS}/{tccm['id']}"
    response = await client.patch(path, json={"title": "No precondition"}, headers=auth)
    assert response.status_code == 200, response.text
    assert (await _get(client, path)).json()["title"] == "No precondition"


PATCHES = {
    "event": (EVENT, {"title": "IGF 2024, renamed"}, "title"),
    "track": (f"{EVENT}/tracks/online", {"join_url": "https://meet.example.org/igf"}, "join_url"),
    "session": (f"{SESSIONS}/{{sid}}", {"description": "Now with a description"}, "description"),
}


async def test_a_successful_patch_answers_the_new_body_and_a_new_etag(client, auth, tccm, subtests):
    for name, (path, change, field) in PATCHES.items():
        with subtests.test(resource=name):
            path = path.format(sid=tccm["id"])
            old = await _get(client, path, **auth)
            headers = {**auth, "If-Match": old.headers["etag"]}
            response = await client.patch(path, json=change, headers=headers)
            assert response.status_code == 200, response.text
            assert response.json()[field] == change[field]
            new_tag = response.headers["etag"]
            assert new_tag != old.headers["etag"]
            again = await _get(client, path, **auth)
            assert again.headers["etag"] == new_tag
            assert again.json() == response.json()
            # The old tag no longer matches.
            assert_problem(await client.patch(path, json=change, headers=headers), 412)


async def test_if_none_match_is_304_until_something_changes(client, auth, tccm, subtests):
    paths = {
        "event": EVENT,
        "session": f"{SESSIONS}/{tccm['id']}",
        "agenda": f"{EVENT}/agenda?tz=America/New_York&track=online",
    }
    tags = {}
    for name, path in paths.items():
        with subtests.test(read=name, when="unchanged"):
            etag = (await _get(client, path)).headers["etag"]
            tags[name] = etag
            cached = await client.get(path, headers={"If-None-Match": etag})
            assert cached.status_code == 304
            assert cached.content == b""
            assert cached.headers["etag"] == etag
            other = await client.get(path, headers={"If-None-Match": '"something-else"'})
            assert other.status_code == 200
    # A change to the session changes the event, the session and the agenda.
    changed = await client.patch(paths["session"], json={"title": "New title"}, headers=auth)
    assert changed.status_code == 200
    for name, path in paths.items():
        with subtests.test(read=name, when="changed"):
            fresh = await client.get(path, headers={"If-None-Match": tags[name]})
            assert fresh.status_code == 200
            assert fresh.headers["etag"] != tags[name]


async def test_agenda_etag_differs_per_zone_track_and_date(client, tccm):
    base = f"{EVENT}/agenda"
    tags = {
        (await _get(client, f"{base}{query}")).headers["etag"]
        for query in ("", "?tz=UTC", "?track=online", "?date=2024-12-18")
    }
    assert len(tags) == 4


async def test_a_plan_change_is_a_new_etag_but_not_a_new_sequence(client, auth, tccm):
    path = f"{SESSIONS}/{tccm['id']}"
    before = await _get(client, path, **auth)
    agenda_tag = (await _get(client, f"{EVENT}/agenda")).headers["etag"]
    new_plan = [
        {**TCCM_PLAN[0], "end": "2024-12-18T16:15"},
        {**TCCM_PLAN[1], "start": "2024-12-18T16:15"},
        *TCCM_PLAN[2:],
    ]
    response = await put_plan(
        client, auth, tccm["id"], new_plan, **{"If-Match": before.headers["etag"]}
    )
    assert response.status_code == 200, response.text
    assert response.headers["etag"] != before.headers["etag"]
    assert response.json()["sequence"] == before.json()["sequence"]
    assert response.json()["segments"][0]["end"] == "2024-12-18T16:15:00+03:00"
    after = await _get(client, path, **auth)
    assert after.headers["etag"] == response.headers["etag"]
    assert after.json()["updated_at"] >= before.json()["updated_at"]
    agenda = await client.get(f"{EVENT}/agenda", headers={"If-None-Match": agenda_tag})
    assert agenda.status_code == 200
    assert (
        agenda.json()["days"][0]["sessions"][0]["segments"][0]["end"] == "2024-12-18T16:15:00+03:00"
    )


async def test_a_new_plan_right_after_creating_the_session_is_a_new_etag(client, auth):
    """Within the same second as the create: the version, not the clock, makes the ETag."""
    from tests.api.helpers import make_event, make_session

    await make_event(client, auth)
    created = await make_session(client, auth)
    tag = (await _get(client, f"{SESSIONS}/{created['id']}", **auth)).headers["etag"]
    planned = await put_plan(client, auth, created["id"], TCCM_PLAN, **{"If-Match": tag})
    assert planned.status_code == 200, planned.text
    assert planned.headers["etag"] != tag
    stale = await put_plan(client, auth, created["id"], TCCM_PLAN[:2], **{"If-Match": tag})
    assert_problem(stale, 412)


async def test_a_change_of_people_alone_is_a_new_etag_but_not_a_new_sequence(client, auth, tccm):
    path = f"{SESSIONS}/{tccm['id']}"
    before = await _get(client, path, **auth)
    people = [{"name": "Ana Example", "role": "moderator"}]
    response = await client.patch(
        path, json={"people": people}, headers={**auth, "If-Match": before.headers["etag"]}
    )
    assert response.status_code == 200, response.text
    assert response.json()["people"] == people
    assert response.json()["sequence"] == before.json()["sequence"]
    assert response.headers["etag"] != before.headers["etag"]
    stale = await client.patch(
        path, json={"people": []}, headers={**auth, "If-Match": before.headers["etag"]}
    )
    assert_problem(stale, 412)
    assert (await _get(client, path)).json()["people"] == people


async def test_time_place_or_status_changes_bump_the_sequence(client, auth, tccm, subtests):
    path = f"{SESSIONS}/{tccm['id']}"
    changes = {
        "moved": {"start": "2024-12-18T17:00"},
        "resized": {"end": "2024-12-18T18:30"},
        "room": {"room": "Plenary Hall"},
        "cancelled": {"status": "cancelled"},
        "tentative": {"status": "tentative"},
    }
    for name, change in changes.items():
        with subtests.test(change=name):
            before = await _get(client, path, **auth)
            response = await client.patch(path, json=change, headers=auth)
            assert response.status_code == 200, response.text
            assert response.json()["sequence"] == before.json()["sequence"] + 1
            assert response.headers["etag"] != before.headers["etag"]
            # Sending the same value again changes nothing a calendar must re-announce.
            again = await client.patch(path, json=change, headers=auth)
            assert again.status_code == 200
            assert again.json()["sequence"] == response.json()["sequence"]


async def test_patching_start_alone_moves_the_session_and_its_plan(client, auth, tccm):
    path = f"{SESSIONS}/{tccm['id']}"
    response = await client.patch(path, json={"start": "2024-12-19T09:30"}, headers=auth)
    assert response.status_code == 200, response.text
    moved = response.json()
    assert (moved["start"], moved["end"]) == (
        "2024-12-19T09:30:00+03:00",
        "2024-12-19T10:30:00+03:00",
    )
    assert [(s["kind"], s["start"], s["end"]) for s in moved["segments"]] == [
        ("presentation", "2024-12-19T09:30:00+03:00", "2024-12-19T09:50:00+03:00"),
        ("qa", "2024-12-19T09:50:00+03:00", "2024-12-19T10:10:00+03:00"),
        ("networking", "2024-12-19T10:10:00+03:00", "2024-12-19T10:30:00+03:00"),
        ("discussion", "2024-12-19T10:10:00+03:00", "2024-12-19T10:30:00+03:00"),
    ]
    agenda = (await _get(client, f"{EVENT}/agenda?tz=America/New_York&track=online")).json()
    [day] = agenda["days"]
    assert day["date"] == "2024-12-19"
    assert [s["start"] for s in day["sessions"][0]["segments"]] == [
        "2024-12-19T01:30:00-05:00",
        "2024-12-19T01:50:00-05:00",
        "2024-12-19T02:10:00-05:00",
    ]


async def test_patching_end_alone_resizes_and_keeps_the_plan(client, auth, tccm):
    path = f"{SESSIONS}/{tccm['id']}"
    response = await client.patch(path, json={"end": "2024-12-18T17:15"}, headers=auth)
    assert response.status_code == 200, response.text
    resized = response.json()
    assert (resized["start"], resized["end"]) == (
        "2024-12-18T15:45:00+03:00",
        "2024-12-18T17:15:00+03:00",
    )
    assert [s["end"] for s in resized["segments"]] == [
        "2024-12-18T16:05:00+03:00",
        "2024-12-18T16:25:00+03:00",
        "2024-12-18T16:45:00+03:00",
        "2024-12-18T16:45:00+03:00",
    ]


async def test_a_resize_that_would_leave_a_segment_outside_is_refused(client, auth, ctx, tccm):
    path = f"{SESSIONS}/{tccm['id']}"
    before = await db_dump(ctx)
    response = await client.patch(path, json={"end": "2024-12-18T16:40"}, headers=auth)
    assert_problem(response, 422, "end")
    assert await db_dump(ctx) == before
    # Exactly the plan's end is fine: [start, end) intervals may touch.
    fits = await client.patch(path, json={"end": "2024-12-18T16:45"}, headers=auth)
    assert fits.status_code == 200


async def test_moving_past_the_event_dates_is_refused(client, auth, ctx, tccm):
    before = await db_dump(ctx)
    response = await client.patch(
        f"{SESSIONS}/{tccm['id']}", json={"start": "2024-12-20T09:00"}, headers=auth
    )
    assert_problem(response, 422, "start")
    assert await db_dump(ctx) == before


async def test_deleting_with_the_current_etag_removes_the_session(client, auth, tccm):
    path = f"{SESSIONS}/{tccm['id']}"
    tag = (await _get(client, path, **auth)).headers["etag"]
    response = await client.delete(path, headers={**auth, "If-Match": tag})
    assert response.status_code == 204
    assert_problem(await client.get(path, headers=auth), 404)
    assert (await _get(client, SESSIONS, **auth)).json() == {"items": [], "total": 0}
