"""What runs now and next in a track, for a facilitator anywhere."""

from __future__ import annotations

import pytest

from tests.api.helpers import assert_problem, make_session, reference_example

NOW = "/api/v1/events/igf-2024/tracks/{track}/now"


@pytest.fixture
async def tccm(client, auth) -> dict:
    return await reference_example(client, auth)


async def _now(client, track: str, **params: str) -> dict:
    response = await client.get(NOW.format(track=track), params=params)
    assert response.status_code == 200, response.text
    return response.json()


def _brief(items: list[dict]) -> list[tuple]:
    return [(i["kind"], i["start"], i["end"]) for i in items]


async def test_online_at_1610_riyadh_is_qa_now_and_discussion_next_in_new_york_time(client, tccm):
    body = await _now(client, "online", at="2024-12-18T16:10:00+03:00", tz="America/New_York")
    assert body["timezone"] == "America/New_York"
    assert body["track"] == "online"
    assert body["at"] == "2024-12-18T08:10:00-05:00"
    assert _brief(body["now"]) == [("qa", "2024-12-18T08:05:00-05:00", "2024-12-18T08:25:00-05:00")]
    assert body["now"][0]["title"] == "Question & Answer session with panellists"
    assert body["now"][0]["session_id"] == tccm["id"]
    assert _brief(body["next"]) == [
        ("discussion", "2024-12-18T08:25:00-05:00", "2024-12-18T08:45:00-05:00")
    ]


async def test_in_person_next_is_networking(client, tccm):
    body = await _now(client, "in-person", at="2024-12-18T16:10:00+03:00")
    assert body["timezone"] == "Asia/Riyadh"
    assert [i["kind"] for i in body["now"]] == ["qa"]
    assert _brief(body["next"]) == [
        ("networking", "2024-12-18T16:25:00+03:00", "2024-12-18T16:45:00+03:00")
    ]


async def test_boundaries_are_half_open(client, tccm, subtests):
    for at, now, next_ in [
        ("2024-12-18T16:04:59+03:00", ["presentation"], ["qa"]),
        ("2024-12-18T16:05:00+03:00", ["qa"], ["discussion"]),  # Q&A has begun
        ("2024-12-18T15:44:59+03:00", [], ["presentation"]),
        ("2024-12-18T15:45:00+03:00", ["presentation"], ["qa"]),
        ("2024-12-18T16:45:00+03:00", [], []),  # over: the end is not inside
    ]:
        with subtests.test(at=at):
            body = await _now(client, "online", at=at)
            assert [i["kind"] for i in body["now"]] == now
            assert [i["kind"] for i in body["next"]] == next_


async def test_at_as_a_wall_time_is_read_in_tz(client, tccm):
    body = await _now(client, "online", at="2024-12-18T08:05", tz="America/New_York")
    assert body["at"] == "2024-12-18T08:05:00-05:00"
    assert [i["kind"] for i in body["now"]] == ["qa"]


async def test_a_session_without_a_plan_runs_as_a_whole_and_cancelled_ones_do_not(
    client, auth, tccm
):
    later = await make_session(
        client, auth, title="Closing", start="2024-12-18T17:00", end="2024-12-18T18:00", room="Hall"
    )
    await make_session(
        client,
        auth,
        title="Called off",
        start="2024-12-18T16:50",
        end="2024-12-18T17:30",
        status="cancelled",
    )
    body = await _now(client, "online", at="2024-12-18T16:30:00+03:00")
    assert [i["kind"] for i in body["now"]] == ["discussion"]
    assert [(i["kind"], i["title"], i["session_id"]) for i in body["next"]] == [
        (None, "Closing", later["id"])
    ]
    assert body["next"][0]["start"] == "2024-12-18T17:00:00+03:00"


async def test_unknown_track_is_404(client, tccm):
    response = await client.get(
        NOW.format(track="hybrid"), params={"at": "2024-12-18T16:10:00+03:00"}
    )
    assert_problem(response, 404)
