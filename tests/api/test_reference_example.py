"""PRODUCT.md's reference example end to end, over HTTP."""

from __future__ import annotations

from tests.api.helpers import reference_example


async def _agenda(client, **params) -> dict:
    response = await client.get("/api/v1/events/igf-2024/agenda", params=params)
    assert response.status_code == 200, response.text
    return response.json()


async def test_online_attendee_in_new_york_sees_0745_to_0845_without_networking(client, auth):
    await reference_example(client, auth)
    agenda = await _agenda(client, tz="America/New_York", track="online")
    assert agenda["timezone"] == "America/New_York"
    assert agenda["track"] == "online"
    [day] = agenda["days"]
    assert day["date"] == "2024-12-18"
    [session] = day["sessions"]
    assert (session["start"], session["end"]) == (
        "2024-12-18T07:45:00-05:00",
        "2024-12-18T08:45:00-05:00",
    )
    assert session["crosses_midnight"] is False
    assert [s["kind"] for s in session["segments"]] == ["presentation", "qa", "discussion"]
    assert session["segments"][2]["start"] == "2024-12-18T08:25:00-05:00"
    assert all("notes" not in s for s in session["segments"])


async def test_online_attendee_in_sydney_sees_the_session_cross_midnight(client, auth):
    await reference_example(client, auth)
    agenda = await _agenda(client, tz="Australia/Sydney", track="online")
    [day] = agenda["days"]
    assert day["date"] == "2024-12-18"
    [session] = day["sessions"]
    assert session["start"] == "2024-12-18T23:45:00+11:00"
    assert session["end"] == "2024-12-19T00:45:00+11:00"
    assert session["crosses_midnight"] is True


async def test_in_person_track_gets_networking_not_discussion(client, auth):
    await reference_example(client, auth)
    agenda = await _agenda(client, track="in-person")
    assert agenda["timezone"] == "Asia/Riyadh"
    [session] = agenda["days"][0]["sessions"]
    assert session["start"] == "2024-12-18T15:45:00+03:00"
    assert [s["kind"] for s in session["segments"]] == ["presentation", "qa", "networking"]


async def test_without_a_track_every_segment_names_its_tracks(client, auth):
    await reference_example(client, auth)
    agenda = await _agenda(client, tz="UTC")
    [session] = agenda["days"][0]["sessions"]
    assert session["start"] == "2024-12-18T12:45:00+00:00"
    tracks = {s["kind"]: s["tracks"] for s in session["segments"]}
    assert tracks == {
        "presentation": ["in-person", "online"],
        "qa": ["in-person", "online"],
        "networking": ["in-person"],
        "discussion": ["online"],
    }
