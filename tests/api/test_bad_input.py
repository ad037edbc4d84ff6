"""Bad input of any kind: a clear 4xx naming the field, and nothing changed in the database."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import pytest

from tests.api.helpers import (
    IGF,
    NYC,
    TCCM,
    TCCM_PLAN,
    assert_problem,
    db_dump,
    error_for,
    make_event,
    make_session,
    put_plan,
    reference_example,
)

EVENTS = "/api/v1/events"
SESSIONS = "/api/v1/events/igf-2024/sessions"
NYC_SESSIONS = "/api/v1/events/nyc-2025/sessions"
SEGMENTS = "/api/v1/events/igf-2024/sessions/{sid}/segments"
ONE_SESSION = "/api/v1/events/igf-2024/sessions/{sid}"


@dataclass(frozen=True)
class Bad:
    method: str
    path: str
    status: int
    field: str | None
    json: Any = None
    content: bytes | None = None
    message: tuple[str, ...] = ()  # words the field's message must contain
    value: Any = field(default=None)  # the offending value the problem must echo, if any


def seg(**changes: Any) -> list[dict]:
    """The reference plan with its first segment changed."""
    return [{**TCCM_PLAN[0], **changes}, *TCCM_PLAN[1:]]


TOO_LONG = "x" * 201
JARGON = re.compile(r"\[start, end\)|intervals|start_date|end_date")

CASES: dict[str, Bad] = {
    # Time rule 1: zones are IANA names, case-sensitive.
    "unknown zone": Bad(
        "POST",
        EVENTS,
        422,
        "timezone",
        json={**IGF, "slug": "mars", "timezone": "Mars/Olympus"},
        value="Mars/Olympus",
    ),
    "fixed offset as zone": Bad(
        "POST",
        EVENTS,
        422,
        "timezone",
        json={**IGF, "slug": "offset", "timezone": "+03:00"},
        value="+03:00",
    ),
    "zone in the wrong case": Bad(
        "POST",
        EVENTS,
        422,
        "timezone",
        json={**IGF, "slug": "lower", "timezone": "asia/riyadh"},
        value="asia/riyadh",
    ),
    "empty zone": Bad(
        "POST", EVENTS, 422, "timezone", json={**IGF, "slug": "empty", "timezone": ""}, value=""
    ),
    "zone of a type other than string": Bad(
        "POST", EVENTS, 422, "timezone", json={**IGF, "slug": "listzone", "timezone": ["UTC"]}
    ),
    "unknown zone in an event patch": Bad(
        "PATCH",
        "/api/v1/events/igf-2024",
        422,
        "timezone",
        json={"timezone": "Mars/Olympus"},
        value="Mars/Olympus",
    ),
    # Time rule 2: wall-clock times that do not exist, or exist twice.
    "spring-forward gap": Bad(
        "POST",
        NYC_SESSIONS,
        422,
        "start",
        json={"title": "Gap", "start": "2025-03-09T02:30", "end": "2025-03-09T04:00"},
        message=("2025-03-09T02:30", "forward"),
    ),
    "spring-forward gap in the end": Bad(
        "POST",
        NYC_SESSIONS,
        422,
        "end",
        json={"title": "Gap", "start": "2025-03-09T01:00", "end": "2025-03-09T02:15"},
        message=("forward",),
    ),
    "fall-back fold without an offset": Bad(
        "POST",
        NYC_SESSIONS,
        422,
        "start",
        json={"title": "Fold", "start": "2025-11-02T01:30", "end": "2025-11-02T03:00"},
        message=("twice", "-04:00", "-05:00"),
    ),
    "not a date-time": Bad(
        "POST", SESSIONS, 422, "start", json={**TCCM, "start": "tomorrow at four"}
    ),
    "impossible calendar date": Bad(
        "POST", SESSIONS, 422, "start", json={**TCCM, "start": "2024-02-30T10:00"}
    ),
    # Time rule 5 and the event's dates.
    "end equal to start": Bad(
        "POST",
        SESSIONS,
        422,
        "end",
        json={**TCCM, "end": TCCM["start"]},
        message=("The end must be after the start.",),
    ),
    "end before start": Bad(
        "POST",
        SESSIONS,
        422,
        "end",
        json={**TCCM, "end": "2024-12-18T15:00"},
        message=("The end must be after the start.",),
    ),
    "session outside the event's dates": Bad(
        "POST",
        SESSIONS,
        422,
        "start",
        json={**TCCM, "start": "2024-12-20T15:45", "end": "2024-12-20T16:45"},
        message=("2024-12-20",),
    ),
    "event ending before it starts": Bad(
        "POST",
        EVENTS,
        422,
        "end_date",
        json={**IGF, "slug": "backwards", "end_date": "2024-12-01"},
        message=("The last day must be on or after the first day (2024-12-15).",),
    ),
    "segment starting before its session": Bad(
        "PUT", SEGMENTS, 422, "segments[0].start", json=seg(start="2024-12-18T15:30")
    ),
    "segment ending after its session": Bad(
        "PUT",
        SEGMENTS,
        422,
        "segments[3].end",
        json=[*TCCM_PLAN[:3], {**TCCM_PLAN[3], "end": "2024-12-18T17:00"}],
    ),
    "segment ending before it starts": Bad(
        "PUT", SEGMENTS, 422, "segments[0].end", json=seg(end="2024-12-18T15:40")
    ),
    "segments overlapping in one track": Bad(
        "PUT",
        SEGMENTS,
        422,
        "segments[1].start",
        json=[TCCM_PLAN[0], {**TCCM_PLAN[1], "start": "2024-12-18T16:00"}, *TCCM_PLAN[2:]],
        message=("overlap",),
    ),
    "unknown track in a session": Bad(
        "POST", SESSIONS, 422, "tracks[0]", json={**TCCM, "tracks": ["hybrid"]}, value="hybrid"
    ),
    "unknown track in a session patch": Bad(
        "PATCH", ONE_SESSION, 422, "tracks[1]", json={"tracks": ["online", "hybrid"]}
    ),
    "unknown track in a segment": Bad(
        "PUT", SEGMENTS, 422, "segments[0].tracks[0]", json=seg(tracks=["hybrid"]), value="hybrid"
    ),
    # Strings and shapes.
    "over-long event title": Bad(
        "POST", EVENTS, 422, "title", json={**IGF, "slug": "long", "title": TOO_LONG}
    ),
    "over-long session title": Bad(
        "POST", SESSIONS, 422, "title", json={**TCCM, "title": TOO_LONG}
    ),
    "over-long room": Bad("PATCH", ONE_SESSION, 422, "room", json={"room": "r" * 121}),
    "over-long segment title": Bad(
        "PUT", SEGMENTS, 422, "segments[0].title", json=seg(title=TOO_LONG)
    ),
    "empty title": Bad("POST", SESSIONS, 422, "title", json={**TCCM, "title": ""}),
    "slug with spaces and capitals": Bad(
        "POST", EVENTS, 422, "slug", json={**IGF, "slug": "IGF 2024"}
    ),
    "slug already taken": Bad("POST", EVENTS, 409, "slug", json=IGF),
    "malformed JSON for an event": Bad(
        "POST", EVENTS, 400, None, content=b'{"slug": "igf-2025", "title": '
    ),
    "malformed JSON for a session patch": Bad("PATCH", ONE_SESSION, 400, None, content=b"{title}"),
    "malformed JSON for a plan": Bad("PUT", SEGMENTS, 400, None, content=b"[{]"),
    "unknown field in an event": Bad(
        "POST", EVENTS, 422, "colour", json={**IGF, "slug": "colourful", "colour": "red"}
    ),
    "unknown field in a session patch": Bad(
        "PATCH", ONE_SESSION, 422, "sequence", json={"sequence": 7}
    ),
    "unknown field in a segment": Bad(
        "PUT",
        SEGMENTS,
        422,
        "segments[2].colour",
        json=[*TCCM_PLAN[:2], {**TCCM_PLAN[2], "colour": "red"}, TCCM_PLAN[3]],
    ),
    "date as a number": Bad(
        "POST", EVENTS, 422, "start_date", json={**IGF, "slug": "numbers", "start_date": 20241215}
    ),
    "title as a number": Bad("POST", SESSIONS, 422, "title", json={**TCCM, "title": 42}),
    # `tracks` is also the name of a dependency: Litestar once took these for server faults.
    "tracks as a string": Bad("POST", SESSIONS, 422, "tracks", json={**TCCM, "tracks": "online"}),
    "tracks as a string in a patch": Bad(
        "PATCH", ONE_SESSION, 422, "tracks", json={"tracks": "online"}
    ),
    "event tracks as an object": Bad(
        "POST", EVENTS, 422, "tracks", json={**IGF, "slug": "objtracks", "tracks": {"a": 1}}
    ),
    "unknown segment kind": Bad("PUT", SEGMENTS, 422, "segments[0].kind", json=seg(kind="lecture")),
    "unknown session status": Bad("PATCH", ONE_SESSION, 422, "status", json={"status": "maybe"}),
    "unknown role": Bad(
        "POST",
        SESSIONS,
        422,
        "people[0].role",
        json={**TCCM, "people": [{"name": "Ana", "role": "juggler"}]},
    ),
    "plan that is not a list": Bad("PUT", SEGMENTS, 422, "segments", json={"segments": TCCM_PLAN}),
    "missing title": Bad(
        "POST", SESSIONS, 422, "title", json={k: v for k, v in TCCM.items() if k != "title"}
    ),
    "missing zone": Bad(
        "POST",
        EVENTS,
        422,
        "timezone",
        json={k: v for k, v in {**IGF, "slug": "nozone"}.items() if k != "timezone"},
    ),
    "segment without an end": Bad(
        "PUT",
        SEGMENTS,
        422,
        "segments[1].end",
        json=[TCCM_PLAN[0], {k: v for k, v in TCCM_PLAN[1].items() if k != "end"}, *TCCM_PLAN[2:]],
    ),
    "no body at all": Bad("POST", SESSIONS, 400, None, content=b""),
    # A change that would leave the plan outside its session.
    "resize cutting off segments": Bad(
        "PATCH", ONE_SESSION, 422, "end", json={"end": "2024-12-18T16:30"}
    ),
    "removing a track a segment is for": Bad(
        "PATCH", ONE_SESSION, 422, "tracks", json={"tracks": ["in-person"]}
    ),
    "event dates that would orphan a session": Bad(
        "PATCH", "/api/v1/events/igf-2024", 422, "end_date", json={"end_date": "2024-12-17"}
    ),
    "event start moved past its sessions": Bad(
        "PATCH",
        "/api/v1/events/igf-2024",
        422,
        "start_date",
        json={"start_date": "2024-12-19", "end_date": "2024-12-19"},
    ),
    "bad join URL for a new track": Bad(
        "POST",
        "/api/v1/events/igf-2024/tracks",
        422,
        "join_url",
        json={"slug": "zoom", "name": "Zoom", "mode": "online", "join_url": "javascript:alert(1)"},
    ),
    "unknown track mode": Bad(
        "POST",
        "/api/v1/events/igf-2024/tracks",
        422,
        "mode",
        json={"slug": "zoom", "name": "Zoom", "mode": "telepathy"},
    ),
    # Hardening: one bad record must never break shared outputs. A far-future event broke
    # /calendar.ics for everyone; CR/LF in single-line fields broke every calendar carrying them.
    "event in the year 9999": Bad(
        "POST",
        EVENTS,
        422,
        "end_date",
        json={**IGF, "slug": "far", "start_date": "9999-12-31", "end_date": "9999-12-31"},
    ),
    "event before 1970": Bad(
        "POST",
        EVENTS,
        422,
        "start_date",
        json={**IGF, "slug": "early", "start_date": "1969-12-31", "end_date": "1970-01-01"},
    ),
    "CR LF in a join URL": Bad(
        "PATCH",
        "/api/v1/events/igf-2024/tracks/online",
        422,
        "join_url",
        json={"join_url": "https://x.test/a\r\nX-INJ:1"},
    ),
    "CR LF in a session title": Bad(
        "PATCH", ONE_SESSION, 422, "title", json={"title": "TCCM\r\nX-INJ:1"}
    ),
    "LF in an event title": Bad(
        "PATCH", "/api/v1/events/igf-2024", 422, "title", json={"title": "IGF\n2024"}
    ),
    "control character in a room": Bad(
        "PATCH", ONE_SESSION, 422, "room", json={"room": "Room\u00072"}
    ),
    "line separator in a venue": Bad(
        "PATCH", "/api/v1/events/igf-2024", 422, "venue", json={"venue": "Riyadh\u2028KAICC"}
    ),
    "LF in a person's name": Bad(
        "PATCH",
        ONE_SESSION,
        422,
        "people[0].name",
        json={"people": [{"name": "Ana\nExample", "role": "speaker"}]},
    ),
    "trailing newline in a slug": Bad(
        "POST", EVENTS, 422, "slug", json={**IGF, "slug": "igf-2025\n"}
    ),
    "NUL in a description": Bad(
        "PATCH", ONE_SESSION, 422, "description", json={"description": "a\u0000b"}
    ),
    "CR LF in a track name": Bad(
        "POST",
        "/api/v1/events/igf-2024/tracks",
        422,
        "name",
        json={"slug": "zoom", "name": "Zoom\r\n", "mode": "online"},
    ),
}


@pytest.fixture
async def world(client, auth) -> dict:
    """The published reference example plus a draft event in New York."""
    session = await reference_example(client, auth)
    await make_event(client, auth, **NYC)
    return session


async def test_bad_input_is_refused_by_field_and_changes_nothing(
    client, auth, ctx, world, subtests
):
    """The table above, one subtest per row, all against the same world (which must not change)."""
    for name, case in CASES.items():
        with subtests.test(case=name):
            before = await db_dump(ctx)
            kwargs: dict[str, Any] = {"headers": auth}
            if case.content is not None:
                kwargs["content"] = case.content
                kwargs["headers"] = {**auth, "Content-Type": "application/json"}
            else:
                kwargs["json"] = case.json
            response = await client.request(
                case.method, case.path.format(sid=world["id"]), **kwargs
            )
            body = assert_problem(response, case.status, case.field)
            if case.field is not None:
                error = error_for(body, case.field)
                for word in case.message:
                    assert word in error["message"], error
                # Messages name fields in the product's words, never in the API's notation.
                assert not JARGON.search(error["message"]), error
                if case.value is not None:
                    assert error["value"] == case.value, error
            assert await db_dump(ctx) == before


async def test_a_plan_with_one_bad_segment_saves_none_of_it(client, auth, ctx, world):
    sid = world["id"]
    old = (await client.get(f"{SESSIONS}/{sid}", headers=auth)).json()
    before = await db_dump(ctx)
    new_plan = [
        {
            "kind": "keynote",
            "title": "Opening",
            "start": "2024-12-18T15:45",
            "end": "2024-12-18T16:00",
        },
        {"kind": "panel", "title": "Panel", "start": "2024-12-18T16:00", "end": "2024-12-18T16:30"},
        {
            "kind": "break",
            "title": "Too late",
            "start": "2024-12-18T16:30",
            "end": "2024-12-18T17:15",
        },
    ]
    response = await put_plan(client, auth, sid, new_plan)
    assert_problem(response, 422, "segments[2].end")
    assert await db_dump(ctx) == before
    now = (await client.get(f"{SESSIONS}/{sid}", headers=auth)).json()
    assert now["segments"] == old["segments"]
    assert [s["title"] for s in now["segments"]] == [s["title"] for s in TCCM_PLAN]


async def test_a_problem_names_every_bad_field_at_once(client, auth, ctx, world):
    before = await db_dump(ctx)
    response = await client.post(
        SESSIONS,
        json={**TCCM, "start": "2024-12-30T10:00", "tracks": ["hybrid"]},
        headers=auth,
    )
    body = assert_problem(response, 422)
    assert {e["field"] for e in body["errors"]} >= {"start", "tracks[0]"}
    assert await db_dump(ctx) == before


async def test_an_offset_picks_one_of_the_repeated_times(client, auth, world):
    """Time rule 2, the accepted side: 01:30 happens twice on 2 November 2025 in New York."""
    for start, shown, utc in [
        ("2025-11-02T01:30-04:00", "2025-11-02T01:30:00-04:00", "2025-11-02T05:30:00+00:00"),
        ("2025-11-02T01:30-05:00", "2025-11-02T01:30:00-05:00", "2025-11-02T06:30:00+00:00"),
    ]:
        response = await client.post(
            NYC_SESSIONS,
            json={"title": start, "start": start, "end": "2025-11-02T03:00"},
            headers=auth,
        )
        assert response.status_code == 201, response.text
        session = response.json()
        assert session["start"] == shown
        assert session["end"] == "2025-11-02T03:00:00-05:00"
        agenda = await client.get(
            "/api/v1/events/nyc-2025/agenda", params={"tz": "UTC"}, headers=auth
        )
        [item] = [s for s in agenda.json()["days"][0]["sessions"] if s["title"] == start]
        assert item["start"] == utc


async def test_a_time_with_an_offset_is_an_instant_even_in_the_gap_day(client, auth, world):
    response = await client.post(
        NYC_SESSIONS,
        json={"title": "Early", "start": "2025-03-09T07:30Z", "end": "2025-03-09T08:30+00:00"},
        headers=auth,
    )
    assert response.status_code == 201, response.text
    # 07:30 UTC is 03:30 EDT, just after the clocks went forward at 02:00 EST (07:00 UTC).
    assert response.json()["start"] == "2025-03-09T03:30:00-04:00"
    assert response.json()["end"] == "2025-03-09T04:30:00-04:00"


QUERY_CASES = {
    "unknown tz": ("/api/v1/events/igf-2024/agenda", {"tz": "Mars/Olympus"}, "tz"),
    "tz in the wrong case": ("/api/v1/events/igf-2024/agenda", {"tz": "asia/riyadh"}, "tz"),
    "offset as tz": ("/api/v1/events/igf-2024/agenda", {"tz": "+03:00"}, "tz"),
    "empty tz": ("/api/v1/events/igf-2024/agenda", {"tz": ""}, "tz"),
    "impossible date": ("/api/v1/events/igf-2024/agenda", {"date": "2024-13-01"}, "date"),
    "date that is not a date": ("/api/v1/events/igf-2024/agenda", {"date": "yesterday"}, "date"),
    "unknown track": ("/api/v1/events/igf-2024/agenda", {"track": "hybrid"}, "track"),
    "limit zero": ("/api/v1/events", {"limit": "0"}, "limit"),
    "limit too big": ("/api/v1/events", {"limit": "501"}, "limit"),
    "limit not a number": ("/api/v1/events/igf-2024/sessions", {"limit": "ten"}, "limit"),
    "negative offset": ("/api/v1/events/igf-2024/sessions", {"offset": "-1"}, "offset"),
    "now at garbage": ("/api/v1/events/igf-2024/tracks/online/now", {"at": "soon"}, "at"),
    "now at in a gap": (
        "/api/v1/events/igf-2024/tracks/online/now",
        {"at": "2025-03-09T02:30", "tz": "America/New_York"},
        "at",
    ),
    "now in an unknown tz": (
        "/api/v1/events/igf-2024/tracks/online/now",
        {"tz": "Mars/Olympus"},
        "tz",
    ),
}


async def test_bad_query_parameters_are_422_naming_the_parameter(client, world, subtests):
    for case, (path, params, name) in QUERY_CASES.items():
        with subtests.test(case=case):
            body = assert_problem(await client.get(path, params=params), 422, name)
            if name in {"tz", "track"}:
                assert error_for(body, name)["value"] == params[name]


async def test_unknown_track_in_a_new_session_keeps_the_event_version(client, auth, ctx, world):
    before = (await client.get("/api/v1/events/igf-2024", headers=auth)).headers["etag"]
    response = await client.post(
        SESSIONS, json={**TCCM, "tracks": ["online", "online"]}, headers=auth
    )
    assert_problem(response, 422, "tracks[1]")
    after = (await client.get("/api/v1/events/igf-2024", headers=auth)).headers["etag"]
    assert after == before


async def test_nyc_event_has_no_sessions_after_refusals(client, auth, world):
    for start in ("2025-03-09T02:00", "2025-03-09T02:59", "2025-11-02T01:00", "2025-11-02T01:59"):
        response = await client.post(
            NYC_SESSIONS,
            json={"title": "Edge", "start": start, "end": "2025-11-02T05:00"},
            headers=auth,
        )
        assert_problem(response, 422, "start")
    listed = (await client.get(NYC_SESSIONS, headers=auth)).json()
    assert listed == {"items": [], "total": 0}
    # The minute either side of each clock change is fine.
    for start, end in (
        ("2025-03-09T01:59", "2025-03-09T03:00"),
        ("2025-11-02T00:59", "2025-11-02T02:00"),
    ):
        made = await make_session(client, auth, slug="nyc-2025", title="Edge", start=start, end=end)
        assert made["start"].startswith(start)
