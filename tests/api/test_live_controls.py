"""Live controls: a track declared late shifts now/next; a delay becomes a real change."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.api.helpers import reference_example

NOW = "/api/v1/events/igf-2024/tracks/online/now"


async def test_a_late_track_shows_what_actually_runs_now_and_when(client, auth):
    await reference_example(client, auth)
    on_time = (await client.get(NOW, params={"at": "2024-12-18T16:10:00+03:00"})).json()
    assert [i["kind"] for i in on_time["now"]] == ["qa"]
    assert on_time["late_minutes"] == 0

    declared = await client.post(
        "/api/v1/events/igf-2024/tracks/online/live/late", json={"minutes": 10}, headers=auth
    )
    assert declared.status_code == 200, declared.text
    assert declared.json()["late_minutes"] == 10

    late = (await client.get(NOW, params={"at": "2024-12-18T16:10:00+03:00"})).json()
    assert late["late_minutes"] == 10
    [running] = late["now"]
    assert running["kind"] == "presentation"  # ten minutes late, the talk is still on
    assert running["start"] == "2024-12-18T15:45:00+03:00"  # the plan is unchanged...
    assert running["expected_end"] == "2024-12-18T16:15:00+03:00"  # ...the day is not
    assert [i["kind"] for i in late["next"]] == ["qa"]
    state = (await client.get("/api/v1/events/igf-2024/live/state")).json()
    assert state["late"] == {"online": 10}

    # The published plan did not move: no new sequence, same agenda times.
    agenda = (await client.get("/api/v1/events/igf-2024/agenda?track=online")).json()
    [session] = agenda["days"][0]["sessions"]
    assert session["start"] == "2024-12-18T15:45:00+03:00"
    assert session["sequence"] == 0

    back = await client.post(
        "/api/v1/events/igf-2024/tracks/online/live/late", json={"minutes": 0}, headers=auth
    )
    assert back.status_code == 200
    assert (await client.get("/api/v1/events/igf-2024/live/state")).json()["late"] == {}


async def test_only_people_who_run_the_track_control_it(client, auth, ctx):
    from tests.conftest import new_token

    await reference_example(client, auth)
    url = "/api/v1/events/igf-2024/tracks/online/live/late"
    assert (await client.post(url, json={"minutes": 5})).status_code == 401
    stranger = {"Authorization": f"Bearer {await new_token(ctx, 'stranger@example.org')}"}
    assert (await client.post(url, json={"minutes": 5}, headers=stranger)).status_code == 403
    bad = await client.post(url, json={"minutes": -1}, headers=auth)
    assert bad.status_code == 422
    assert bad.json()["errors"][0]["field"] == "minutes"
    unknown = await client.post(
        "/api/v1/events/igf-2024/tracks/nope/live/late", json={"minutes": 5}, headers=auth
    )
    assert unknown.status_code == 404


def _around_now() -> tuple[datetime, str, str]:
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    start = now - timedelta(minutes=10)
    return (
        now,
        start.strftime("%Y-%m-%dT%H:%M"),
        (start + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"),
    )


async def test_a_delay_pushes_the_rest_of_the_plan_back_as_a_real_change(client, auth):
    now, start, end = _around_now()
    today = now.date()
    created = await client.post(
        "/api/v1/events",
        json={
            "slug": "live-day",
            "title": "Live day",
            "timezone": "UTC",
            "start_date": (today - timedelta(days=1)).isoformat(),
            "end_date": (today + timedelta(days=1)).isoformat(),
        },
        headers=auth,
    )
    assert created.status_code == 201
    session = (
        await client.post(
            "/api/v1/events/live-day/sessions",
            json={"title": "Running now", "start": start, "end": end},
            headers=auth,
        )
    ).json()
    t = datetime.fromisoformat(session["start"])

    def wall(minutes: int) -> str:
        return (t + timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M")

    planned = await client.put(
        f"/api/v1/events/live-day/sessions/{session['id']}/segments",
        json=[
            {"kind": "presentation", "title": "Over", "start": wall(0), "end": wall(5)},
            {"kind": "qa", "title": "Under way", "start": wall(5), "end": wall(30)},
            {"kind": "discussion", "title": "Later", "start": wall(30), "end": wall(60)},
        ],
        headers=auth,
    )
    assert planned.status_code == 200
    delayed = await client.post(
        f"/api/v1/events/live-day/sessions/{session['id']}/delay",
        json={"minutes": 15},
        headers={**auth, "If-Match": planned.headers["etag"]},
    )
    assert delayed.status_code == 200, delayed.text
    body = delayed.json()
    assert body["sequence"] == session["sequence"] + 1
    assert datetime.fromisoformat(body["end"]) == t + timedelta(minutes=75)
    spans = [
        (datetime.fromisoformat(s["start"]) - t, datetime.fromisoformat(s["end"]) - t)
        for s in body["segments"]
    ]
    assert spans == [
        (timedelta(0), timedelta(minutes=5)),  # over: untouched
        (timedelta(minutes=5), timedelta(minutes=45)),  # under way: runs longer
        (timedelta(minutes=45), timedelta(minutes=75)),  # later: moved
    ]
    stale = await client.post(
        f"/api/v1/events/live-day/sessions/{session['id']}/delay",
        json={"minutes": 5},
        headers={**auth, "If-Match": planned.headers["etag"]},
    )
    assert stale.status_code == 412
