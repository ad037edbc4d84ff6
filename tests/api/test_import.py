"""POST /api/v1/events/{event}/import: frab schedules (pretalx's, our own) into an event."""

from __future__ import annotations

import copy
import functools
import http.server
import json
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

from tests.api.helpers import make_event, make_session, reference_example
from tests.conftest import new_token

PROBLEM_JSON = "application/problem+json"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def assert_problem(response: Any, status: int, field: str | None = None) -> dict:
    """An RFC 9457 problem with this status; with `field`, its `errors` name that field."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM_JSON), response.headers
    body = response.json()
    assert body["status"] == status and body["detail"], body
    if field is not None:
        assert field in [e["field"] for e in body["errors"]], (field, body)
    return body


async def db_dump(ctx: Any) -> dict[str, list[str]]:
    """Every row of every table, in a stable order: equal dumps mean nothing changed."""
    from sqlalchemy import select

    from sessions.persistence.tables import Base

    dump: dict[str, list[str]] = {}
    async with ctx.unit_of_work() as uow:
        db_session = uow.db_session
        for table in Base.metadata.sorted_tables:
            rows = (await db_session.execute(select(table))).all()
            dump[table.name] = sorted(repr(tuple(row)) for row in rows)
    return dump


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PRETALX_JSON = (FIXTURES / "pretalx-schedule.json").read_bytes()
PRETALX_XML = (FIXTURES / "pretalx-schedule.xml").read_bytes()
JSON_TYPE = {"Content-Type": "application/json"}
XML_TYPE = {"Content-Type": "application/xml"}

DEMOCON = {
    "slug": "democon-2025",
    "title": "DemoCon 2025",
    "timezone": "Europe/Berlin",
    "start_date": "2025-10-24",
    "end_date": "2025-10-26",
    "venue": "Berlin",
}
NIGHT_OWL = "f5e1a7c6-9b8d-4cae-9f20-1b0c9d8e7f65"  # 01:30 CEST to 02:30 CET, over the clock change
KEYNOTE = "b1a7c3e2-5d4f-4e6a-9b8c-7d6e5f4a3b21"


async def _import(
    client: Any, auth: dict, body: bytes, slug: str = "democon-2025", xml: bool = False
) -> dict:
    response = await client.post(
        f"/api/v1/events/{slug}/import",
        content=body,
        headers={**auth, **(XML_TYPE if xml else JSON_TYPE)},
    )
    assert response.status_code == 200, response.text
    return response.json()


async def _sessions(client: Any, auth: dict, slug: str = "democon-2025") -> dict[str, dict]:
    response = await client.get(f"/api/v1/events/{slug}/sessions", headers=auth)
    assert response.status_code == 200, response.text
    return {s["title"]: s for s in response.json()["items"]}


def _pretalx() -> dict:
    return json.loads(PRETALX_JSON)


def _talks(document: dict) -> list[dict]:
    return [
        talk
        for day in document["schedule"]["conference"]["days"]
        for talks in day["rooms"].values()
        for talk in talks
    ]


# --- pretalx exports import cleanly ---------------------------------------------------


async def test_a_pretalx_json_export_imports_cleanly(client, auth):
    await make_event(client, auth, **DEMOCON)
    report = await _import(client, auth, PRETALX_JSON)

    assert (report["created"], report["updated"], report["unchanged"]) == (6, 0, 0)
    assert report["refused"] == []
    assert (report["format"], report["generator"], report["event"]) == (
        "json",
        "pretalx",
        "democon-2025",
    )
    assert [s["outcome"] for s in report["sessions"]] == ["created"] * 6
    # pretalx's tracks are not this event's tracks: said, not refused.
    assert len(report["notes"]) == 3
    assert all("every track" in note for note in report["notes"])
    assert any("'Standards' (3 talks)" in note for note in report["notes"])

    sessions = await _sessions(client, auth)
    assert len(sessions) == 6
    owl = sessions["Night owl session across the clock change"]
    assert (owl["start"], owl["end"]) == ("2025-10-26T01:30:00+02:00", "2025-10-26T02:30:00+01:00")
    assert owl["room"] == "Saal 1"
    assert owl["tracks"] == ["in-person", "online"]
    assert owl["people"] == [{"name": "Mei Tanaka", "role": "speaker"}]
    keynote = sessions["Opening keynote: why time is hard"]
    assert (keynote["start"], keynote["end"]) == (
        "2025-10-24T10:00:00+02:00",
        "2025-10-24T10:45:00+02:00",
    )
    # The abstract, then pretalx's longer description.
    assert keynote["description"].startswith("What a calendar has to get right")
    assert "\n\nA tour of real bug reports" in keynote["description"]
    workshop = sessions["Hands-on: frab schedule exports"]
    assert workshop["room"] == "Workshop Room"
    assert workshop["description"] == "Bring a laptop; we export, validate and import a schedule."
    closing = sessions["Closing"]
    assert [p["name"] for p in closing["people"]] == ["Ana Lima", "Priya Raman"]
    ids = {s["guid"]: s["id"] for s in report["sessions"]}
    assert ids[NIGHT_OWL] == owl["id"]


async def test_a_pretalx_xml_export_imports_cleanly_and_matches_its_json_twin(client, auth):
    await make_event(client, auth, **DEMOCON)
    report = await _import(client, auth, PRETALX_XML, xml=True)
    assert (report["created"], report["refused"], report["format"]) == (6, [], "xml")
    sessions = await _sessions(client, auth)
    owl = sessions["Night owl session across the clock change"]
    assert (owl["start"], owl["end"]) == ("2025-10-26T01:30:00+02:00", "2025-10-26T02:30:00+01:00")
    assert [p["name"] for p in sessions["Calendars that survive DST"]["people"]] == [
        "Jonas Berg",
        "Mei Tanaka",
    ]

    # The same talks by the same GUIDs, in the other format: nothing to do.
    again = await _import(client, auth, PRETALX_JSON)
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, 6)


async def test_text_xml_is_accepted_too(client, auth):
    await make_event(client, auth, **DEMOCON)
    response = await client.post(
        "/api/v1/events/democon-2025/import",
        content=PRETALX_XML,
        headers={**auth, "Content-Type": "text/xml; charset=utf-8"},
    )
    assert response.status_code == 200, response.text
    assert response.json()["created"] == 6


async def test_track_names_that_match_the_events_tracks_are_used(client, auth):
    tracks = [
        {"slug": "keynotes", "name": "Keynotes", "mode": "in_person"},
        {"slug": "standards", "name": "Standards", "mode": "in_person"},
        {"slug": "online", "name": "Online", "mode": "online"},
    ]
    await make_event(client, auth, **DEMOCON, tracks=tracks)
    report = await _import(client, auth, PRETALX_JSON)
    assert report["refused"] == []
    [note] = report["notes"]
    assert "'Workshops' (1 talk)" in note
    sessions = await _sessions(client, auth)
    assert sessions["Calendars that survive DST"]["tracks"] == ["standards"]
    assert sessions["Opening keynote: why time is hard"]["tracks"] == ["keynotes"]
    assert sessions["Hands-on: frab schedule exports"]["tracks"] == [
        "keynotes",
        "standards",
        "online",
    ]
    assert sessions["Closing"]["tracks"] == ["keynotes", "standards", "online"]


# --- idempotent by GUID ---------------------------------------------------------------


async def test_importing_the_same_file_again_changes_nothing(client, auth, ctx):
    await make_event(client, auth, **DEMOCON)
    await _import(client, auth, PRETALX_JSON)
    before = await db_dump(ctx)
    event_etag = (await client.get("/api/v1/events/democon-2025", headers=auth)).headers["etag"]

    for body, xml in ((PRETALX_JSON, False), (PRETALX_XML, True)):
        report = await _import(client, auth, body, xml=xml)
        assert (report["created"], report["updated"], report["unchanged"]) == (0, 0, 6)
        assert [s["outcome"] for s in report["sessions"]] == ["unchanged"] * 6

    assert await db_dump(ctx) == before
    response = await client.get("/api/v1/events/democon-2025", headers=auth)
    assert response.headers["etag"] == event_etag


async def test_a_changed_talk_updates_its_session_by_guid(client, auth):
    await make_event(client, auth, **DEMOCON)
    first = await _import(client, auth, PRETALX_JSON)
    ids = {s["guid"]: s["id"] for s in first["sessions"]}

    document = _pretalx()
    keynote = next(t for t in _talks(document) if t["guid"] == KEYNOTE)
    keynote["date"] = "2025-10-24T09:30:00+02:00"
    keynote["start"] = "09:30"
    keynote["title"] = "Opening keynote: why time is still hard"
    keynote["persons"].append(
        {"code": "NEW1", "name": "Lucas Moreau", "public_name": "Lucas Moreau", "avatar": None}
    )
    report = await _import(client, auth, json.dumps(document).encode())

    assert (report["created"], report["updated"], report["unchanged"]) == (0, 1, 5)
    [updated] = [s for s in report["sessions"] if s["outcome"] == "updated"]
    assert updated["guid"] == KEYNOTE
    assert updated["id"] == ids[KEYNOTE]
    assert updated["changes"] == ["end", "people", "start", "title"]

    session = (
        await client.get(f"/api/v1/events/democon-2025/sessions/{ids[KEYNOTE]}", headers=auth)
    ).json()
    assert session["title"] == "Opening keynote: why time is still hard"
    assert (session["start"], session["end"]) == (
        "2025-10-24T09:30:00+02:00",
        "2025-10-24T10:15:00+02:00",
    )
    assert session["sequence"] == 1  # a new time: calendars must re-announce it
    assert [p["name"] for p in session["people"]] == ["Ana Lima", "Lucas Moreau"]
    assert len(await _sessions(client, auth)) == 6


async def test_roles_given_here_survive_a_reimport(client, auth):
    await make_event(client, auth, **DEMOCON)
    report = await _import(client, auth, PRETALX_JSON)
    ids = {s["guid"]: s["id"] for s in report["sessions"]}
    response = await client.patch(
        f"/api/v1/events/democon-2025/sessions/{ids[KEYNOTE]}",
        json={"people": [{"name": "Ana Lima", "role": "moderator"}]},
        headers=auth,
    )
    assert response.status_code == 200, response.text
    again = await _import(client, auth, PRETALX_JSON)
    assert again["unchanged"] == 6


# --- refusals, one talk at a time -----------------------------------------------------


async def test_talks_outside_the_events_dates_are_refused_one_by_one(client, auth):
    await make_event(client, auth, **{**DEMOCON, "end_date": "2025-10-25"})
    report = await _import(client, auth, PRETALX_JSON)

    assert (report["created"], report["updated"], report["unchanged"]) == (4, 0, 0)
    refused = {r["guid"]: r for r in report["refused"]}
    assert set(refused) == {NIGHT_OWL, "a6f2b8d7-0c9e-4dbf-8a31-2c1d0e9f8a76"}
    owl = refused[NIGHT_OWL]
    assert owl["title"] == "Night owl session across the clock change"
    assert owl["field"] == 'schedule.conference.days[1].rooms["Saal 1"][1].date'
    assert "outside the event's dates" in owl["message"]
    assert len(await _sessions(client, auth)) == 4

    xml = await _import(client, auth, PRETALX_XML, xml=True)
    assert (xml["created"], xml["unchanged"]) == (0, 4)
    assert {r["field"] for r in xml["refused"]} == {
        "schedule/day[2]/room[1]/event[2]/date",
        "schedule/day[3]/room[1]/event[1]/date",
    }


async def test_unreadable_talks_are_refused_and_the_others_imported(client, auth):
    await make_event(client, auth, **DEMOCON)
    document = _pretalx()
    talks = _talks(document)
    talks[0]["duration"] = "forty-five minutes"
    talks[1]["title"] = "   "
    talks[2]["date"] = "2025-10-24T14:00:00"  # no offset: placed in the schedule's zone
    talks[3]["duration"] = "00:00"  # ends when it starts
    report = await _import(client, auth, json.dumps(document).encode())

    assert report["created"] == 3
    fields = {r["field"]: r for r in report["refused"]}
    saal = 'schedule.conference.days[0].rooms["Saal 1"]'
    assert fields[f"{saal}[0].duration"]["guid"] == KEYNOTE
    assert "HH:MM" in fields[f"{saal}[0].duration"]["message"]
    assert fields[f"{saal}[1].title"]["title"] is None
    day2 = 'schedule.conference.days[1].rooms["Saal 1"][0]'
    assert "The end must be after the start." in fields[f"{day2}.duration"]["message"]
    assert len(report["refused"]) == 3
    sessions = await _sessions(client, auth)
    assert sessions["Hands-on: frab schedule exports"]["start"] == "2025-10-24T14:00:00+02:00"


async def test_a_guid_twice_in_one_file_is_refused_the_second_time(client, auth):
    await make_event(client, auth, **DEMOCON)
    document = _pretalx()
    talks = _talks(document)
    talks[1]["guid"] = talks[0]["guid"]
    report = await _import(client, auth, json.dumps(document).encode())
    assert report["created"] == 5
    [refused] = report["refused"]
    assert refused["field"].endswith("[1].guid")
    assert "more than once" in refused["message"]


# --- bad bodies change nothing ---------------------------------------------------------


async def test_bad_bodies_are_problems_and_change_nothing(client, auth, ctx):
    await make_event(client, auth, **DEMOCON)
    before = await db_dump(ctx)
    url = "/api/v1/events/democon-2025/import"

    async def post(body: bytes, content_type: str) -> Any:
        return await client.post(url, content=body, headers={**auth, "Content-Type": content_type})

    assert_problem(await post(b"", "application/json"), 400)
    assert_problem(await post(b"this is not a schedule", "application/json"), 400)
    assert_problem(await post(b'{"schedule": {"conference": ', "application/json"), 400)
    assert_problem(await post(b"<schedule><day></schedule>", "application/xml"), 400)
    assert_problem(await post(b"[1, 2]", "application/json"), 400)
    assert_problem(await post(b'{"version": "1"}', "application/json"), 422, "schedule")
    body = assert_problem(
        await post(b'{"schedule": {"conference": {"days": [{"rooms": []}]}}}', "application/json"),
        422,
    )
    assert body["errors"][0]["field"] == "schedule.conference.days[0].rooms"
    assert_problem(await post(b"<calendar/>", "application/xml"), 422)
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><schedule>&lol2;</schedule>'
    )
    problem = assert_problem(await post(bomb, "application/xml"), 422, "body")
    assert "DOCTYPE" in problem["errors"][0]["message"]
    unsupported = assert_problem(await post(PRETALX_JSON, "text/plain"), 415)
    assert "application/json" in unsupported["detail"]
    assert_problem(await post(b"x" * (1024 * 1024 + 1), "application/json"), 413)
    assert await db_dump(ctx) == before


async def test_import_needs_the_events_organiser(client, auth, ctx):
    await make_event(client, auth, **DEMOCON)
    url = "/api/v1/events/democon-2025/import"
    assert_problem(await client.post(url, content=PRETALX_JSON, headers=JSON_TYPE), 401)
    other = bearer(await new_token(ctx, "someone-else@example.org"))
    # A draft does not exist for anyone else; a published event is not theirs to change.
    assert_problem(
        await client.post(url, content=PRETALX_JSON, headers={**other, **JSON_TYPE}), 404
    )
    published = await client.post("/api/v1/events/democon-2025/publish", headers=auth)
    assert published.status_code == 200, published.text
    assert_problem(
        await client.post(url, content=PRETALX_JSON, headers={**other, **JSON_TYPE}), 403
    )
    # Even a body that is not a schedule: authorisation comes first.
    assert_problem(await client.post(url, content=b"nonsense", headers=JSON_TYPE), 401)
    assert_problem(
        await client.post(
            "/api/v1/events/nope/import", content=PRETALX_JSON, headers={**auth, **JSON_TYPE}
        ),
        404,
    )
    assert len(await _sessions(client, auth)) == 0


# --- round trip: export → import into a new event → export -------------------------


def _comparable(document: dict) -> dict:
    """A schedule without what names this event or its sessions (ids, links, versions)."""
    document = copy.deepcopy(document)
    schedule = document["schedule"]
    conference = schedule["conference"]
    schedule.pop("version")
    for key in ("acronym", "title", "url"):
        conference.pop(key)
    conference["rooms"] = [{k: v for k, v in r.items() if k != "guid"} for r in conference["rooms"]]
    for day in conference["days"]:
        for talks in day["rooms"].values():
            for talk in talks:
                for key in ("guid", "id", "slug", "url"):
                    talk.pop(key)
    return document


async def _reference_with_neighbours(client: Any, auth: dict) -> None:
    """The reference example, an online-only session without a room, and a late one."""
    await reference_example(client, auth, publish=False)
    await make_session(
        client,
        auth,
        title="Online coalition check-in",
        start="2024-12-16T10:00",
        end="2024-12-16T11:00",
        room=None,
        tracks=["online"],
        description="For everyone who cannot be in Riyadh.",
    )
    late = await make_session(
        client,
        auth,
        title="Late-night wrap-up",
        start="2024-12-17T23:30",
        end="2024-12-18T00:30",
        room="Plenary Hall",
        people=[
            {"name": "Amina Haddad", "role": "speaker"},
            {"name": "Jonas Berg", "role": "speaker"},
        ],
    )
    response = await client.put(
        f"/api/v1/events/igf-2024/sessions/{late['id']}/segments",
        json=[
            {
                "kind": "discussion",
                "title": "Discussion",
                "start": "2024-12-17T23:30",
                "end": "2024-12-18T00:00",
            },
            {
                "kind": "break",
                "title": "Break",
                "start": "2024-12-18T00:00",
                "end": "2024-12-18T00:30",
                "tracks": ["in-person"],
            },
        ],
        headers=auth,
    )
    assert response.status_code == 200, response.text


async def test_round_trip_through_schedule_json_and_xml(client, auth):
    await _reference_with_neighbours(client, auth)
    for fmt in ("json", "xml"):
        slug = f"igf-copy-{fmt}"
        exported = await client.get(f"/events/igf-2024/schedule.{fmt}", headers=auth)
        assert exported.status_code == 200, exported.text
        await make_event(client, auth, slug=slug, title="IGF 2024, again")
        report = await _import(client, auth, exported.content, slug=slug, xml=fmt == "xml")
        assert (report["created"], report["refused"], report["notes"]) == (3, [], [])
        assert report["generator"] == "sessions"

        original = await _sessions(client, auth, "igf-2024")
        copied = await _sessions(client, auth, slug)
        assert set(copied) == set(original)
        for title, session in original.items():
            copy_ = copied[title]
            for key in ("start", "end", "room", "tracks", "description", "timezone"):
                assert copy_[key] == session[key], (title, key)
            assert [p["name"] for p in copy_["people"]] == [p["name"] for p in session["people"]]
            assert [
                (s["kind"], s["title"], s["start"], s["end"], s["tracks"])
                for s in copy_["segments"]
            ] == [
                (s["kind"], s["title"], s["start"], s["end"], s["tracks"])
                for s in session["segments"]
            ], title

        again = await client.get(f"/events/{slug}/schedule.json", headers=auth)
        first = await client.get("/events/igf-2024/schedule.json", headers=auth)
        assert _comparable(again.json()) == _comparable(first.json())

        # Importing the copy's source again, or the original's own export into itself: no-ops.
        assert (await _import(client, auth, exported.content, slug=slug, xml=fmt == "xml"))[
            "unchanged"
        ] == 3
        itself = await _import(client, auth, exported.content, slug="igf-2024", xml=fmt == "xml")
        assert (itself["created"], itself["updated"], itself["unchanged"]) == (0, 0, 3)


async def test_a_moved_session_in_our_own_export_moves_its_copy_and_plan(client, auth):
    await reference_example(client, auth, publish=False)
    await make_event(client, auth, slug="igf-copy", title="IGF 2024, again")
    exported = (await client.get("/events/igf-2024/schedule.json", headers=auth)).json()
    await _import(client, auth, json.dumps(exported).encode(), slug="igf-copy")

    # The organiser of the original moves TCCM an hour later and shortens it to 40 minutes.
    [original] = (await _sessions(client, auth, "igf-2024")).values()
    response = await client.patch(
        f"/api/v1/events/igf-2024/sessions/{original['id']}",
        json={"start": "2024-12-18T16:45"},
        headers=auth,
    )
    assert response.status_code == 200, response.text
    moved = (await client.get("/events/igf-2024/schedule.json", headers=auth)).content
    report = await _import(client, auth, moved, slug="igf-copy")
    assert report["updated"] == 1
    assert report["sessions"][0]["changes"] == ["end", "start"]  # the plan moved with it
    [copy_] = (await _sessions(client, auth, "igf-copy")).values()
    assert (copy_["start"], copy_["end"]) == (
        "2024-12-18T16:45:00+03:00",
        "2024-12-18T17:45:00+03:00",
    )
    assert copy_["segments"][0]["start"] == "2024-12-18T16:45:00+03:00"
    assert copy_["sequence"] == 1

    # Then the original's plan changes: the copy's plan follows.
    response = await client.put(
        f"/api/v1/events/igf-2024/sessions/{original['id']}/segments",
        json=[
            {
                "kind": "presentation",
                "title": "Presentation on TCCM",
                "start": "2024-12-18T16:45",
                "end": "2024-12-18T17:15",
            },
            {
                "kind": "qa",
                "title": "Questions",
                "start": "2024-12-18T17:15",
                "end": "2024-12-18T17:45",
                "tracks": ["online"],
            },
        ],
        headers=auth,
    )
    assert response.status_code == 200, response.text
    replanned = (await client.get("/events/igf-2024/schedule.xml", headers=auth)).content
    report = await _import(client, auth, replanned, slug="igf-copy", xml=True)
    assert report["sessions"][0]["changes"] == ["segments"]
    [copy_] = (await _sessions(client, auth, "igf-copy")).values()
    assert [(s["kind"], s["start"], s["end"], s["tracks"]) for s in copy_["segments"]] == [
        ("presentation", "2024-12-18T16:45:00+03:00", "2024-12-18T17:15:00+03:00",
         ["in-person", "online"]),
        ("qa", "2024-12-18T17:15:00+03:00", "2024-12-18T17:45:00+03:00", ["online"]),
    ]  # fmt: skip
    assert copy_["sequence"] == 1  # a new plan is a new version, not a new sequence


# --- one transaction: a refused talk rolls back alone, a crash rolls back everything ----


async def test_a_refused_update_leaves_its_session_exactly_as_it_was(client, auth, ctx):
    await reference_example(client, auth, publish=False)
    await make_event(client, auth, slug="igf-copy", title="IGF 2024, again")
    exported = (await client.get("/events/igf-2024/schedule.json", headers=auth)).json()
    await _import(client, auth, json.dumps(exported).encode(), slug="igf-copy")
    before = await db_dump(ctx)

    # A new plan (the old one is cleared first) and a new day outside the event's dates.
    [talk] = _talks(exported)
    talk["description"] = talk["description"].replace("Presentation on TCCM", "Intro")
    talk["date"] = talk["date"].replace("2024-12-18", "2024-12-25")
    talk["end"] = talk["end"].replace("2024-12-18", "2024-12-25")
    report = await _import(client, auth, json.dumps(exported).encode(), slug="igf-copy")

    assert (report["updated"], len(report["refused"])) == (0, 1)
    assert report["refused"][0]["field"].endswith(".date")
    assert await db_dump(ctx) == before


async def test_a_crash_half_way_leaves_no_half_import(client, auth, ctx, monkeypatch):
    import pytest

    from sessions.services.access import Viewer
    from sessions.services.imports import ImportService
    from sessions.services.sessions import SessionService

    created = await make_event(client, auth, **DEMOCON)
    assert created["slug"] == "democon-2025"
    before = await db_dump(ctx)
    real_create = SessionService.create
    calls = 0

    async def failing_create(self, *args, **kwargs):
        nonlocal calls
        calls += 1
        if calls == 4:
            raise RuntimeError("the machine fell over")
        return await real_create(self, *args, **kwargs)

    monkeypatch.setattr(SessionService, "create", failing_create)
    async with ctx.unit_of_work() as uow:
        owner = await ImportService(ctx, uow).owner("democon-2025")
    assert isinstance(owner, Viewer)
    with pytest.raises(RuntimeError):
        async with ctx.unit_of_work() as uow:
            await ImportService(ctx, uow).import_schedule("democon-2025", PRETALX_JSON, owner)
    assert calls == 4
    assert await db_dump(ctx) == before


# --- the command line ---------------------------------------------------------------

SESSIONS_CLI = Path(sys.executable).with_name("sessions")


def _cli(*args: str, database_url: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SESSIONS_CLI), *args],
        env={**os.environ, "DATABASE_URL": database_url, "SESSIONS_DATA_DIR": str(cwd / "data")},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _imported(path: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(path) as db:
        return sorted(
            db.execute(
                "SELECT import_guid, title, room FROM sessions WHERE import_guid IS NOT NULL"
            ).fetchall()
        )


def test_the_cli_imports_a_file_or_url_into_the_demo_as_its_organiser(tmp_path: Path) -> None:
    db_path = tmp_path / "cli.db"
    url = f"sqlite+aiosqlite:///{db_path}"
    demo = _cli("demo", database_url=url, cwd=tmp_path)
    assert demo.returncode == 0, demo.stderr

    # DemoCon's talks, moved into IGF 2024's days (15-19 December 2024, Riyadh).
    text = PRETALX_JSON.decode()
    for october, december in (("2025-10-24", "2024-12-16"), ("2025-10-25", "2024-12-17"),
                              ("2025-10-26", "2024-12-18")):  # fmt: skip
        text = text.replace(october, december)
    schedule = tmp_path / "schedule.json"
    schedule.write_text(text)

    first = _cli("import", str(schedule), "--event", "igf-2024", database_url=url, cwd=tmp_path)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "6 created, 0 updated, 0 unchanged, 0 refused" in first.stdout
    assert "note: track 'Standards' (3 talks)" in first.stdout
    imported = _imported(db_path)
    assert len(imported) == 6
    assert (NIGHT_OWL, "Night owl session across the clock change", "Saal 1") in imported

    # From a URL, as JSON: the same talks, nothing to do.
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            source = f"http://127.0.0.1:{server.server_address[1]}/schedule.json"
            again = _cli(
                "import", source, "--event", "igf-2024", "--json", database_url=url, cwd=tmp_path
            )
        finally:
            server.shutdown()
    assert again.returncode == 0, again.stdout + again.stderr
    report = json.loads(again.stdout.strip().splitlines()[-1])
    assert (report["created"], report["updated"], report["unchanged"]) == (0, 0, 6)
    assert _imported(db_path) == imported

    # A talk outside the event's dates is refused (exit 1); the rest is still imported.
    outside = tmp_path / "outside.xml"
    outside.write_text(
        PRETALX_XML.decode().replace("2025-10-24", "2024-12-16").replace("2025-10-25", "2024-12-17")
    )
    partly = _cli("import", str(outside), "--event", "igf-2024", database_url=url, cwd=tmp_path)
    assert partly.returncode == 1, partly.stdout + partly.stderr
    assert "0 created, 0 updated, 4 unchanged, 2 refused" in partly.stdout
    assert "outside the event's dates" in partly.stdout

    for args, message in (
        (("import", str(schedule), "--event", "nope"), "No event 'nope'"),
        (("import", "ftp://example.org/schedule.json", "--event", "igf-2024"), "only http://"),
        (("import", str(tmp_path / "missing.json"), "--event", "igf-2024"), "cannot read"),
    ):
        failed = _cli(*args, database_url=url, cwd=tmp_path)
        assert failed.returncode == 2, failed.stdout + failed.stderr
        assert message in failed.stderr
    assert _imported(db_path) == imported
