"""Availability (issue 14): people's windows (instants) over the API, and conflicts of kind
`unavailable` on /conflicts when a session or segment books someone outside every window."""

from __future__ import annotations

from tests.api.helpers import TCCM_PLAN, assert_problem, make_session, put_plan, reference_example

EVENT = "/api/v1/events/igf-2024"
CONFLICTS = f"{EVENT}/conflicts"
ANA = {"name": "Ana Silva", "role": "speaker", "email": "ana@example.org"}
# Free 09:00-16:00 and 16:30-18:00 in Riyadh (written in two zones: they are instants).
WINDOWS = [
    {"start": "2024-12-18T09:00+03:00", "end": "2024-12-18T13:00Z"},
    {"start": "2024-12-18T16:30:00+03:00", "end": "2024-12-18T18:00:00+03:00"},
]
SHOWN = [
    {"start": "2024-12-18T09:00:00+03:00", "end": "2024-12-18T16:00:00+03:00"},
    {"start": "2024-12-18T16:30:00+03:00", "end": "2024-12-18T18:00:00+03:00"},
]


async def _unavailable(client, auth) -> list[dict]:
    response = await client.get(CONFLICTS, headers=auth)
    assert response.status_code == 200, response.text
    body = response.json()
    found = [c for c in body["items"] if c["kind"] == "unavailable"]
    assert body["summary"]["unavailable"] == len(found)
    return found


async def test_a_session_outside_a_persons_windows_is_unavailable(client, auth):
    tccm = await reference_example(client, auth)
    url = f"{EVENT}/sessions/{tccm['id']}"
    assert await _unavailable(client, auth) == []
    response = await client.patch(
        url, json={"people": [{**ANA, "availability": WINDOWS}]}, headers=auth
    )
    assert response.status_code == 200, response.text
    assert response.json()["people"] == [{**ANA, "availability": SHOWN}]
    # Windows are for the event's team: an anonymous reader sees the name and role only.
    public = (await client.get(url)).json()
    assert public["people"] == [{"name": "Ana Silva", "role": "speaker"}]
    [conflict] = await _unavailable(client, auth)
    assert conflict["person"] == "Ana Silva"
    assert conflict["sessions"] == [tccm["id"]]
    assert (conflict["start"], conflict["end"]) == (
        "2024-12-18T16:00:00+03:00",
        "2024-12-18T16:30:00+03:00",
    )
    assert (conflict["span_start"], conflict["span_end"]) == (
        "2024-12-18T15:45:00+03:00",
        "2024-12-18T16:45:00+03:00",
    )
    assert "30 min" in conflict["message"]

    # The windows are Ana's in the event: another session naming her (without saying them)
    # is checked against them too, and shows them.
    other = await make_session(
        client,
        auth,
        title="Evening",
        start="2024-12-18T19:00",
        end="2024-12-18T20:00",
        room="Hall",
        people=[{**ANA, "role": "moderator"}],
    )
    assert other["people"][0]["availability"] == SHOWN
    found = await _unavailable(client, auth)
    assert {c["sessions"][0] for c in found} == {tccm["id"], other["id"]}

    # Left out, the windows stay; [] lifts them (no windows: no limit). Changing them gives
    # every session naming her a new ETag.
    etag = (await client.get(f"{EVENT}/sessions/{other['id']}", headers=auth)).headers["etag"]
    response = await client.patch(url, json={"people": [ANA]}, headers=auth)
    assert response.json()["people"] == [{**ANA, "availability": SHOWN}]
    response = await client.patch(url, json={"people": [{**ANA, "availability": []}]}, headers=auth)
    assert response.status_code == 200, response.text
    assert response.json()["people"] == [ANA]
    assert await _unavailable(client, auth) == []
    after = await client.get(f"{EVENT}/sessions/{other['id']}", headers=auth)
    assert after.headers["etag"] != etag
    assert after.json()["people"] == [{**ANA, "role": "moderator"}]


async def test_a_segment_is_checked_on_its_own_interval(client, auth):
    """Named on TCCM's online discussion only (16:25-16:45), Mei is checked for those minutes."""
    tccm = await reference_example(client, auth)
    mei = {"name": "Mei Tanaka", "role": "facilitator"}
    plan = [dict(s) for s in TCCM_PLAN]
    plan[3]["people"] = [
        {**mei, "availability": [{"start": "2024-12-18T13:20Z", "end": "2024-12-18T13:45Z"}]}
    ]
    response = await put_plan(client, auth, tccm["id"], plan)
    assert response.status_code == 200, response.text
    assert response.json()["segments"][3]["people"] == [
        {
            **mei,
            "availability": [
                {"start": "2024-12-18T16:20:00+03:00", "end": "2024-12-18T16:45:00+03:00"}
            ],
        }
    ]
    assert await _unavailable(client, auth) == []  # the session runs from 15:45: no matter
    plan[3]["people"] = [
        {
            **mei,
            "availability": [{"start": "2024-12-18T16:35+03:00", "end": "2024-12-18T17:00+03:00"}],
        }
    ]
    etag = (await client.get(f"{EVENT}/sessions/{tccm['id']}", headers=auth)).headers["etag"]
    response = await put_plan(client, auth, tccm["id"], plan, **{"If-Match": etag})
    assert response.status_code == 200, response.text
    [conflict] = await _unavailable(client, auth)
    assert (conflict["start"], conflict["end"]) == (
        "2024-12-18T16:25:00+03:00",
        "2024-12-18T16:35:00+03:00",
    )
    assert [s["title"] for s in conflict["segments"]] == [
        "Facilitated discussion for online attendees"
    ]


async def test_bad_windows_are_refused_naming_the_field_and_change_nothing(client, auth):
    tccm = await reference_example(client, auth)
    url = f"{EVENT}/sessions/{tccm['id']}"
    before = (await client.get(url, headers=auth)).json()
    w = {"start": "2024-12-18T09:00+03:00", "end": "2024-12-18T10:00+03:00"}
    for windows, field in (
        ([{**w, "end": "2024-12-18T08:00+03:00"}], "people[0].availability[0].end"),
        ([{**w, "end": w["start"]}], "people[0].availability[0].end"),
        ([{**w, "start": "2024-12-18T09:00"}], "people[0].availability[0].start"),
        ([{**w, "start": "tomorrow"}], "people[0].availability[0].start"),
        ([{**w, "end": "2024-12-32T10:00+03:00"}], "people[0].availability[0].end"),
        (
            [w, {"start": "2024-12-18T09:30+03:00", "end": "2024-12-18T11:00+03:00"}],
            "people[0].availability[1].start",
        ),
        ([{"start": w["start"]}], "people[0].availability[0].end"),
        ([w] * 51, "people[0].availability"),
    ):
        response = await client.patch(
            url, json={"people": [{**ANA, "availability": windows}]}, headers=auth
        )
        assert_problem(response, 422, field)
    response = await client.patch(
        url,
        json={
            "people": [
                {**ANA, "availability": [w]},
                {**ANA, "role": "moderator", "availability": []},
            ]
        },
        headers=auth,
    )
    assert_problem(response, 422, "people[1].availability")
    plan = [dict(s) for s in TCCM_PLAN]
    plan[3]["people"] = [{**ANA, "availability": [{**w, "end": "2024-12-18T08:00+03:00"}]}]
    assert_problem(
        await put_plan(client, auth, tccm["id"], plan),
        422,
        "segments[3].people[0].availability[0].end",
    )
    response = await client.post(
        f"{EVENT}/sessions",
        json={
            "title": "New",
            "start": "2024-12-18T10:00",
            "end": "2024-12-18T11:00",
            "people": [{**ANA, "availability": [{**w, "start": "2024-12-18T09:00"}]}],
        },
        headers=auth,
    )
    assert_problem(response, 422, "people[0].availability[0].start")
    assert (await client.get(url, headers=auth)).json() == before
    assert (await client.get(f"{EVENT}/sessions", headers=auth)).json()["total"] == 1
