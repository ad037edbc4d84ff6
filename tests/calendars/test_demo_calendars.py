"""The demo over HTTP: every calendar and schedule path passes the conformance kit.

Done when (issue 3): the demo's calendars pass icscheck with the TCCM
session at 12:45–13:45 UTC in every parser, and schedule.json/xml pass
schedcheck. Besides: content types, METHOD where PRODUCT.md wants it, the
2025 season in /calendar.ics, what online and in-person readers get, and no
facilitator note anywhere.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sessions.services.demo import IGF, IGF_SESSIONS, SEASON_2025

from .conftest import Demo
from .kit import (
    ICS_TYPE,
    ICSCHECK,
    NO_KHAL,
    SCHEDCHECK,
    Job,
    Kit,
    by_uid,
    calendar_props,
    components,
    expect_utc,
    plain_text,
)

TCCM_UTC = "20241218T124500Z/20241218T134500Z"  # 15:45–16:45 in Riyadh (UTC+3)
JOIN_URL = "https://meet.example.org/igf-2024"
ONLINE_PLAN = (
    "Presentation on TCCM",
    "Question & Answer session with panellists",
    "Facilitated discussion for online attendees",
)
NETWORKING = "Networking opportunity for in-person attendees"

FEEDS = {
    "event.ics": f"/events/{IGF}.ics",
    "event-online.ics": f"/events/{IGF}.ics?track=online",
    "event-in-person.ics": f"/events/{IGF}.ics?track=in-person",
    "event-utc.ics": f"/events/{IGF}.ics?utc=1",
    "event-segments.ics": f"/events/{IGF}.ics?segments=1",
    "track-online.ics": f"/events/{IGF}/tracks/online.ics",
    "calendar.ics": "/calendar.ics",
}
SCHEDULES = {
    "schedule.json": f"/events/{IGF}/schedule.json",
    "schedule.xml": f"/events/{IGF}/schedule.xml",
}


def invite_query(session: dict[str, Any]) -> str:
    """Each session's invite as a reader in Sydney sees it, online where it is offered so."""
    track = "online" if "online" in session["tracks"] else "in-person"
    return f"?track={track}&tz=Australia/Sydney"


def invite_paths(demo: Demo) -> dict[str, str]:
    return {
        f"invite-{n}.ics": demo.invite_path(s) + invite_query(s)
        for n, s in enumerate(demo.sessions)
    }


async def fetch(client: Any, paths: dict[str, str], **kwargs: Any) -> dict[str, bytes]:
    bodies = {}
    for name, path in paths.items():
        response = await client.get(path, **kwargs)
        assert response.status_code == 200, (path, response.text)
        bodies[name] = response.content
    return bodies


async def fetch_ics(client: Any, paths: dict[str, str]) -> dict[str, bytes]:
    bodies = {}
    for name, path in paths.items():
        response = await client.get(path)
        assert response.status_code == 200, (path, response.text)
        assert response.headers["content-type"] == ICS_TYPE, (path, response.headers)
        bodies[name] = response.content
    return bodies


def test_the_demo_has_sessions_in_both_tracks_and_one_only_in_person(demo: Demo) -> None:
    # The invite paths below cover both readers only if the demo keeps this shape.
    assert len(demo.sessions) == len(IGF_SESSIONS) >= 8
    assert demo.tccm["start"] == "2024-12-18T15:45:00+03:00"
    assert any(s["tracks"] == ["in-person"] for s in demo.sessions)
    assert any(s["tracks"] == ["online"] for s in demo.sessions)


async def test_every_demo_calendar_and_schedule_passes_the_kit(
    client: Any, demo: Demo, kit: Kit
) -> None:
    feeds = await fetch_ics(client, FEEDS)
    invites = await fetch_ics(client, invite_paths(demo))
    schedules = await fetch(client, SCHEDULES)
    tccm = ("--expect-utc", f"{demo.uid(demo.tccm)}={TCCM_UTC}")
    # Every session at the instants the JSON API gives, in every file that holds it.
    expected = [
        a
        for s in demo.sessions
        if s is not demo.tccm
        for a in expect_utc(demo.uid(s), s["start"], s["end"])
    ]
    feed_run, invite_run, schedule_run = kit.check_all(
        [
            Job(ICSCHECK, feeds, (*NO_KHAL, *tccm, *expected)),
            Job(ICSCHECK, invites, (*tccm, *expected)),
            Job(SCHEDCHECK, schedules),
        ]
    )
    # The TCCM session was found, and agreed on, in the feeds and in its invite.
    (tccm_pass,) = invite_run.passed(f"expect-utc:{demo.uid(demo.tccm)}")
    assert "khal" in tccm_pass and "vobject" in tccm_pass and "ics" in tccm_pass
    (tccm_feeds,) = feed_run.passed(f"expect-utc:{demo.uid(demo.tccm)}")
    for name in ("event.ics", "event-online.ics", "event-utc.ics", "calendar.ics"):
        assert name in tccm_feeds
    assert len(schedule_run.passed("xsd-valid")) == 1
    assert len(schedule_run.passed("json-schema-valid")) == 1


async def test_feeds_carry_no_method_and_invites_publish_with_an_organizer(
    client: Any, demo: Demo
) -> None:
    feeds = await fetch_ics(client, FEEDS)
    for name, body in feeds.items():
        head = calendar_props(body)
        assert head.all("METHOD") == [], name
        assert head.value("X-WR-CALNAME"), name
        assert head.value("REFRESH-INTERVAL") and head.value("X-PUBLISHED-TTL"), name
    invites = await fetch_ics(client, invite_paths(demo))
    for name, body in invites.items():
        assert calendar_props(body).value("METHOD") == "PUBLISH", name
        (vevent,) = components(body)
        assert vevent.value("ORGANIZER").startswith("mailto:"), name
        assert vevent.all("ATTENDEE") == [], name


async def test_times_are_the_events_zone_or_utc_on_request(client: Any, demo: Demo) -> None:
    uid = demo.uid(demo.tccm)
    zoned = by_uid((await client.get(FEEDS["event.ics"])).content)[uid]
    assert zoned.raw("DTSTART") == "DTSTART;TZID=Asia/Riyadh:20241218T154500"
    assert zoned.raw("DTEND") == "DTEND;TZID=Asia/Riyadh:20241218T164500"
    utc_body = (await client.get(FEEDS["event-utc.ics"])).content
    in_utc = by_uid(utc_body)[uid]
    assert in_utc.raw("DTSTART") == "DTSTART:20241218T124500Z"
    assert in_utc.raw("DTEND") == "DTEND:20241218T134500Z"
    assert b"TZID" not in utc_body


async def test_segments_feed_has_one_entry_per_segment(client: Any, demo: Demo) -> None:
    uid = demo.uid(demo.tccm)
    body = (await client.get(FEEDS["event-segments.ics"] + "&track=online")).content
    parts = [e for e in components(body) if e.value("RELATED-TO") == uid]
    titles = [e.one("SUMMARY").text for e in parts]
    assert [t.split(" (")[0] for t in titles] == list(ONLINE_PLAN)
    starts = [e.raw("DTSTART") for e in parts]
    assert starts == [
        "DTSTART;TZID=Asia/Riyadh:20241218T154500",
        "DTSTART;TZID=Asia/Riyadh:20241218T160500",
        "DTSTART;TZID=Asia/Riyadh:20241218T162500",
    ]


async def test_calendar_ics_holds_the_2025_season_as_all_day_spans(client: Any, demo: Demo) -> None:
    body = (await client.get("/calendar.ics")).content
    events = components(body)
    by_summary = {e.one("SUMMARY").text: e for e in events}
    # The IGF sessions are there with their zone...
    assert demo.uid(demo.tccm) in {e.value("UID") for e in events}
    # ...and every event of the season as its dates.
    spans = [e for e in events if e.one("DTSTART").params == "VALUE=DATE"]
    assert len(spans) == len(SEASON_2025) == 7
    for span in spans:
        assert span.one("DTEND").params == "VALUE=DATE"
    cstd = by_summary["CSTD 28th session"]
    assert cstd.raw("DTSTART") == "DTSTART;VALUE=DATE:20250407"
    assert cstd.raw("DTEND") == "DTEND;VALUE=DATE:20250412"
    deadlines = [e for e in spans if e.value("CATEGORIES") == "Deadline"]
    assert sorted(d.one("DTSTART").value for d in deadlines) == ["20250131", "20250314"]
    for deadline in deadlines:
        first = date.fromisoformat(deadline.one("DTSTART").value)
        assert date.fromisoformat(deadline.one("DTEND").value) == first + timedelta(days=1)
    icann = by_summary["ICANN 82"]
    assert icann.raw("DTSTART") == "DTSTART;VALUE=DATE:20250308"
    assert icann.raw("DTEND") == "DTEND;VALUE=DATE:20250314"
    assert icann.one("LOCATION").text == "Seattle"
    assert "America/Los_Angeles" in icann.one("DESCRIPTION").text
    api = (await client.get("/api/v1/events/icann-82")).json()
    assert api["timezone"] == "America/Los_Angeles"


async def test_no_facilitator_note_in_any_calendar_or_schedule(client: Any, demo: Demo) -> None:
    notes = [seg.notes for d in IGF_SESSIONS for seg in d.plan if seg.notes]
    assert len(notes) >= 3
    paths = {**FEEDS, **SCHEDULES, **invite_paths(demo)}
    paths["segments-online.ics"] = FEEDS["event-segments.ics"] + "&track=online"
    for name, session in enumerate(demo.sessions):
        paths[f"invite-plain-{name}.ics"] = demo.invite_path(session)
    # Neither for anonymous readers nor for the organiser (whose renderings are cached too).
    for headers in ({}, demo.auth):
        for name, body in (await fetch(client, paths, headers=headers)).items():
            text = plain_text(body)
            for note in notes:
                assert note not in text, (name, note)
                assert note[:24] not in text, (name, note)
    # The organiser's JSON does show them: the check above looks for the right strings.
    own = await client.get(f"/api/v1/events/{IGF}/sessions/{demo.tccm['id']}", headers=demo.auth)
    assert notes[0] in own.text


async def test_online_readers_get_the_join_link_and_their_plan(client: Any, demo: Demo) -> None:
    uid = demo.uid(demo.tccm)
    paths = {
        "feed": FEEDS["event-online.ics"],
        "track": FEEDS["track-online.ics"],
        "invite": demo.invite_path(demo.tccm) + "?track=online",
    }
    for name, body in (await fetch_ics(client, paths)).items():
        tccm = by_uid(body)[uid]
        # URL opens the session's page; the join link is CONFERENCE and the first line.
        assert tccm.one("URL").value == f"https://sessions.test/e/{IGF}/s/{demo.tccm['id']}", name
        assert tccm.one("DESCRIPTION").text.splitlines()[0] == f"Join online: {JOIN_URL}", name
        (conference,) = tccm.all("CONFERENCE")
        assert conference.value == JOIN_URL, name
        assert "VALUE=URI" in conference.params, name
        assert tccm.all("LOCATION") == [], name
        assert tccm.one("CATEGORIES").text == "Online", name
        description = tccm.one("DESCRIPTION").text
        # In plan order (the breakout's link line near the top names the discussion too).
        plan = description[description.index("Segment plan") :]
        positions = [plan.index(title) for title in ONLINE_PLAN]
        assert positions == sorted(positions), (name, description)
        assert "15:45–16:05" in description and "16:25–16:45" in description, name
        assert NETWORKING not in description, (name, description)


async def test_in_person_readers_get_the_location_and_their_plan(client: Any, demo: Demo) -> None:
    uid = demo.uid(demo.tccm)
    paths = {
        "feed": FEEDS["event-in-person.ics"],
        "track": f"/events/{IGF}/tracks/in-person.ics",
        "invite": demo.invite_path(demo.tccm) + "?track=in-person",
    }
    for name, body in (await fetch_ics(client, paths)).items():
        tccm = by_uid(body)[uid]
        assert "Workshop Room 2" in tccm.one("LOCATION").text, name
        # Every entry links to the session's page; only online readers get a join link.
        assert tccm.one("URL").value == f"https://sessions.test/e/{IGF}/s/{demo.tccm['id']}", name
        assert tccm.all("CONFERENCE") == [], name
        assert tccm.one("CATEGORIES").text == "In person", name
        description = tccm.one("DESCRIPTION").text
        assert NETWORKING in description, name
        assert ONLINE_PLAN[2] not in description, name
        assert JOIN_URL not in description, name


async def test_a_readers_zone_adds_their_local_times(client: Any, demo: Demo) -> None:
    body = (await client.get(demo.invite_path(demo.tccm) + invite_query(demo.tccm))).content
    (tccm,) = components(body)
    description = tccm.one("DESCRIPTION").text
    # Sydney (UTC+11 in December): 23:45 on the 18th to 00:45 on the 19th.
    assert "Australia/Sydney" in description
    assert "23:45" in description and "00:45" in description
    assert "midnight" in description
    # The times themselves stay in the event's zone.
    assert tccm.raw("DTSTART") == "DTSTART;TZID=Asia/Riyadh:20241218T154500"
