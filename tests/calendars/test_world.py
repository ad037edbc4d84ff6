"""Generated events across many zones, built through the API, checked by the kit.

Events in thirteen zones, several of them during a clock change (a
spring-forward gap, a fall-back hour, half-hour and two-hour shifts, a
negative-DST zone, a link name), one with a three-letter slug, and long
Arabic and Japanese titles that must fold without splitting a character.
Every event's feed passes icscheck with every parser giving, for every
session, the instants the JSON API returns; every schedule passes schedcheck.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .kit import (
    ICS_TYPE,
    ICSCHECK,
    NO_KHAL,
    SCHEDCHECK,
    Job,
    Kit,
    by_uid,
    expect_utc,
    unfold,
    utc_stamp,
)

ARABIC = (
    "الحوكمة الرقمية الشاملة: دور المجتمع التقني في مراجعة القمة العالمية "
    "لمجتمع المعلومات بعد عشرين عاماً"
)
JAPANESE = (
    "ハイブリッド会議の未来：オンラインと会場の参加者をつなぐファシリテーション、"
    "時差への配慮、そしてアクセシビリティについての公開討論会"
)


@dataclass(frozen=True)
class S:
    """A session to create: wall-clock times (an offset where the hour repeats)."""

    title: str
    start: str
    end: str
    room: str | None = None
    tracks: tuple[str, ...] = ()
    plan: tuple[dict[str, Any], ...] = ()
    utc: str | None = None  # the instants by hand, START/END, where the clocks change


@dataclass(frozen=True)
class E:
    slug: str
    zone: str
    start_date: str
    end_date: str
    sessions: tuple[S, ...] = field(default_factory=tuple)


def seg(kind: str, title: str, start: str, end: str, *tracks: str) -> dict[str, Any]:
    return {"kind": kind, "title": title, "start": start, "end": end, "tracks": list(tracks)}


WORLD = (
    E(
        "la-2025",
        "America/Los_Angeles",
        "2025-03-08",
        "2025-03-10",
        (
            S("Saturday keynote", "2025-03-08T10:00", "2025-03-08T11:00", "Hall"),
            # 02:00 becomes 03:00: two wall-clock hours, one real hour.
            S(
                "Night owls across the clock change",
                "2025-03-09T01:30",
                "2025-03-09T03:30",
                "Hall",
                utc="20250309T093000Z/20250309T103000Z",
            ),
            S(
                "Sunday morning, after the change",
                "2025-03-09T09:00",
                "2025-03-09T10:30",
                "Hall",
                plan=(
                    seg("presentation", "Talk", "2025-03-09T09:00", "2025-03-09T09:45"),
                    seg("qa", "Questions", "2025-03-09T09:45", "2025-03-09T10:30"),
                ),
                utc="20250309T160000Z/20250309T173000Z",
            ),
            S("Monday wrap-up", "2025-03-10T08:00", "2025-03-10T09:00", tracks=("online",)),
        ),
    ),
    E(
        "london-2025",
        "Europe/London",
        "2025-10-25",
        "2025-10-27",
        (
            S("Late-night session", "2025-10-25T23:30", "2025-10-26T00:30", "Room A"),
            # 02:00 BST becomes 01:00 GMT: the hour from 01:00 happens twice.
            S(
                "The first 01:15",
                "2025-10-26T01:15+01:00",
                "2025-10-26T01:45+01:00",
                "Room A",
                utc="20251026T001500Z/20251026T004500Z",
            ),
            S(
                "The second 01:15",
                "2025-10-26T01:15+00:00",
                "2025-10-26T02:15",
                "Room A",
                utc="20251026T011500Z/20251026T021500Z",
            ),
            S("Monday morning", "2025-10-27T09:00", "2025-10-27T10:00", "Room A"),
        ),
    ),
    E(
        "lord-howe-2025",
        "Australia/Lord_Howe",
        "2025-04-05",
        "2025-04-07",
        (
            # 02:00 (UTC+11) becomes 01:30 (UTC+10:30).
            S(
                "Across the half-hour change",
                "2025-04-06T01:00",
                "2025-04-06T03:00",
                "Island Hall",
                utc="20250405T140000Z/20250405T163000Z",
            ),
            S(
                "Twice at 01:45",
                "2025-04-06T01:45+11:00",
                "2025-04-06T01:45+10:30",
                tracks=("online",),
                utc="20250405T144500Z/20250405T151500Z",
            ),
            S("Monday", "2025-04-07T10:00", "2025-04-07T11:00", "Island Hall"),
        ),
    ),
    E(
        "ktm",  # three letters: the frab acronym must still be four
        "Asia/Kathmandu",
        "2025-05-01",
        "2025-05-02",
        (
            S(
                "Morning in Kathmandu",
                "2025-05-01T09:00",
                "2025-05-01T10:00",
                "Hall",
                utc="20250501T031500Z/20250501T041500Z",
            ),
            S("Past midnight", "2025-05-01T23:30", "2025-05-02T00:15", "Hall"),
        ),
    ),
    E(
        "santiago-2025",
        "America/Santiago",
        "2025-09-06",
        "2025-09-08",
        (
            # Midnight becomes 01:00 on 7 September: the day starts at 01:00.
            S(
                "Into the missing midnight",
                "2025-09-06T23:00",
                "2025-09-07T01:30",
                "Sala 1",
                utc="20250907T030000Z/20250907T043000Z",
            ),
            S("First hour of Sunday", "2025-09-07T01:30", "2025-09-07T02:30", "Sala 1"),
            S("Monday", "2025-09-08T18:00", "2025-09-08T19:00", "Sala 1"),
        ),
    ),
    E(
        "chatham-2025",
        "Pacific/Chatham",
        "2025-04-05",
        "2025-04-07",
        (
            # 03:45 (UTC+13:45) becomes 02:45 (UTC+12:45).
            S(
                "Across the Chatham change",
                "2025-04-06T02:00",
                "2025-04-06T04:00",
                "Waitangi",
                utc="20250405T121500Z/20250405T151500Z",
            ),
            S(
                "From the first to the second hour",
                "2025-04-06T03:00+13:45",
                "2025-04-06T03:30+12:45",
                tracks=("online",),
                utc="20250405T131500Z/20250405T144500Z",
            ),
        ),
    ),
    E(
        "tokyo-2025",
        "Asia/Tokyo",
        "2025-11-10",
        "2025-11-11",
        (
            S(
                JAPANESE,
                "2025-11-10T14:00",
                "2025-11-10T15:30",
                "会議室A",
                plan=(
                    seg("presentation", "基調講演", "2025-11-10T14:00", "2025-11-10T14:30"),
                    seg("panel", "パネル討論", "2025-11-10T14:30", "2025-11-10T15:30", "in-person"),
                    seg(
                        "discussion",
                        "オンライン討論",
                        "2025-11-10T14:30",
                        "2025-11-10T15:30",
                        "online",
                    ),
                ),
                utc="20251110T050000Z/20251110T063000Z",
            ),
            S("閉会", "2025-11-11T17:00", "2025-11-11T17:30", "会議室A"),
        ),
    ),
    E(
        "riyadh-2025",
        "Asia/Riyadh",
        "2025-12-15",
        "2025-12-16",
        (
            S(
                ARABIC,
                "2025-12-15T15:45",
                "2025-12-15T16:45",
                "القاعة ٢",
                utc="20251215T124500Z/20251215T134500Z",
            ),
            S("Closing", "2025-12-16T17:00", "2025-12-16T18:00", "القاعة ٢"),
        ),
    ),
    E(
        "st-johns-2025",
        "America/St_Johns",
        "2025-11-01",
        "2025-11-03",
        (
            # 02:00 (UTC-2:30) becomes 01:00 (UTC-3:30).
            S(
                "Through Newfoundland's repeated hour",
                "2025-11-02T00:30",
                "2025-11-02T03:00",
                "Hall",
                utc="20251102T030000Z/20251102T063000Z",
            ),
            S("Monday", "2025-11-03T09:00", "2025-11-03T10:00", "Hall"),
        ),
    ),
    E(
        "dublin-2025",
        "Europe/Dublin",  # summer time is the standard time: DST is negative in winter
        "2025-03-29",
        "2025-03-31",
        (
            S(
                "Across Irish summer time",
                "2025-03-30T00:30",
                "2025-03-30T02:30",
                "Liffey Room",
                utc="20250330T003000Z/20250330T013000Z",
            ),
            S("Winter Saturday", "2025-03-29T12:00", "2025-03-29T13:00", "Liffey Room"),
            S("Summer Monday", "2025-03-31T12:00", "2025-03-31T13:00", "Liffey Room"),
        ),
    ),
    E(
        "troll-2025",
        "Antarctica/Troll",  # 01:00 becomes 03:00: a two-hour jump
        "2025-03-29",
        "2025-03-31",
        (
            S(
                "Across the two-hour jump",
                "2025-03-30T00:30",
                "2025-03-30T03:30",
                "Station",
                utc="20250330T003000Z/20250330T013000Z",
            ),
            S("Next day", "2025-03-31T10:00", "2025-03-31T11:00", "Station"),
        ),
    ),
    E(
        "casablanca-2025",
        "Africa/Casablanca",  # back to UTC+1 after Ramadan: 02:00 becomes 03:00
        "2025-04-05",
        "2025-04-07",
        (
            S(
                "After Ramadan time",
                "2025-04-06T01:30",
                "2025-04-06T03:30",
                "Salle B",
                utc="20250406T013000Z/20250406T023000Z",
            ),
            S("Saturday", "2025-04-05T20:00", "2025-04-05T21:00", "Salle B"),
        ),
    ),
    E(
        "new-york-2025",
        "US/Eastern",  # a link name, as PRODUCT.md allows
        "2025-11-01",
        "2025-11-03",
        (
            S(
                "Through the fall-back night",
                "2025-11-02T00:30",
                "2025-11-02T03:00",
                "Hall",
                utc="20251102T043000Z/20251102T080000Z",
            ),
            S(
                "The second 01:30",
                "2025-11-02T01:30-05:00",
                "2025-11-02T02:30",
                "Annex",
                utc="20251102T063000Z/20251102T073000Z",
            ),
        ),
    ),
)


async def create(client: Any, auth: dict[str, str], spec: E) -> list[dict[str, Any]]:
    """The event, its sessions and plans through the API, published; the sessions as created."""
    response = await client.post(
        "/api/v1/events",
        json={
            "slug": spec.slug,
            "title": f"Generated: {spec.zone}",
            "timezone": spec.zone,
            "start_date": spec.start_date,
            "end_date": spec.end_date,
            "venue": f"Somewhere in {spec.zone}",
        },
        headers=auth,
    )
    assert response.status_code == 201, response.text
    joined = await client.patch(
        f"/api/v1/events/{spec.slug}/tracks/online",
        json={"join_url": f"https://meet.example.org/{spec.slug}"},
        headers=auth,
    )
    assert joined.status_code == 200, joined.text
    created = []
    for s in spec.sessions:
        body: dict[str, Any] = {"title": s.title, "start": s.start, "end": s.end}
        if s.room:
            body["room"] = s.room
        if s.tracks:
            body["tracks"] = list(s.tracks)
        response = await client.post(
            f"/api/v1/events/{spec.slug}/sessions", json=body, headers=auth
        )
        assert response.status_code == 201, (s.title, response.text)
        session = response.json()
        if s.plan:
            planned = await client.put(
                f"/api/v1/events/{spec.slug}/sessions/{session['id']}/segments",
                json=list(s.plan),
                headers={**auth, "If-Match": response.headers["etag"]},
            )
            assert planned.status_code == 200, planned.text
            session = planned.json()
        if s.utc is not None:
            stamps = f"{utc_stamp(session['start'])}/{utc_stamp(session['end'])}"
            assert stamps == s.utc, (s.title, session["start"], session["end"])
        created.append(session)
    published = await client.post(f"/api/v1/events/{spec.slug}/publish", headers=auth)
    assert published.status_code == 200, published.text
    return created


async def get(client: Any, path: str) -> bytes:
    response = await client.get(path)
    assert response.status_code == 200, (path, response.text)
    return response.content


def test_the_world_is_what_it_says() -> None:
    # The generated data keeps what the docstring promises.
    assert len(WORLD) >= 12
    assert len({e.zone for e in WORLD}) == len(WORLD)
    assert len({e.slug for e in WORLD}) == len(WORLD)
    assert any(len(e.slug) < 4 for e in WORLD)
    assert sum(1 for e in WORLD for s in e.sessions if s.utc) >= 15


async def test_every_zones_calendars_and_schedules_pass_the_kit(
    client: Any, auth: dict[str, str], kit: Kit
) -> None:
    jobs: list[Job] = []
    feeds: list[tuple[dict[str, bytes], list[str]]] = [({}, []), ({}, [])]  # two runs at once
    invites: dict[str, bytes] = {}
    invite_expectations: list[str] = []
    schedules: dict[str, bytes] = {}
    for number, spec in enumerate(WORLD):
        sessions = await create(client, auth, spec)
        response = await client.get(f"/events/{spec.slug}.ics")
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == ICS_TYPE
        feed = response.content
        files, expectations = feeds[number % 2]
        files[f"{spec.slug}.ics"] = feed
        uids = by_uid(feed)
        assert len(uids) == len(sessions), spec.slug
        for session in sessions:
            uid = f"{session['id']}@sessions.test"
            assert uid in uids, (spec.slug, session["title"])
            expectations += expect_utc(uid, session["start"], session["end"])
            if session["title"] in (ARABIC, JAPANESE):
                assert_folded(feed, session["title"])
                invite = f"/events/{spec.slug}/sessions/{session['id']}.ics"
                invites[f"{spec.slug}-invite.ics"] = await get(client, invite)
                invites[f"{spec.slug}-invite-online.ics"] = await get(
                    client, invite + "?track=online&tz=America/Los_Angeles"
                )
                invite_expectations += expect_utc(uid, session["start"], session["end"])
        schedules[f"{spec.slug}.json"] = await get(client, f"/events/{spec.slug}/schedule.json")
        schedules[f"{spec.slug}.xml"] = await get(client, f"/events/{spec.slug}/schedule.xml")
    jobs = [Job(ICSCHECK, files, (*NO_KHAL, *expected)) for files, expected in feeds]
    jobs.append(Job(ICSCHECK, invites, tuple(invite_expectations)))  # every parser, khal too
    jobs.append(Job(SCHEDCHECK, schedules))
    *ics_runs, schedule_run = kit.check_all(jobs)
    # Every session's instants were asserted, and agreed on, not merely "nothing failed".
    sessions = sum(len(e.sessions) for e in WORLD)
    asserted = [line for run in ics_runs[:2] for line in run.output.splitlines()]
    assert sum(1 for line in asserted if line.startswith("PASS") and "expect-utc:" in line) == (
        sessions
    )
    assert len(ics_runs[2].passed("fold-utf8")) == len(invites) == 4
    assert len(schedule_run.passed("xsd-valid")) == len(WORLD)
    assert len(schedule_run.passed("json-schema-valid")) == len(WORLD)


def assert_folded(feed: bytes, title: str) -> None:
    """The long title is longer than a line and is folded, on character boundaries."""
    assert len(f"SUMMARY:{title}".encode()) > 75
    physical = feed.split(b"\r\n")
    first = b"SUMMARY:" + title.encode()[:20]
    start = next(i for i, line in enumerate(physical) if line.startswith(first))
    assert physical[start + 1].startswith(b" "), "the long SUMMARY is not folded"
    for line in physical[start : start + 6]:
        assert len(line) <= 75
        line.decode()  # each physical line is whole UTF-8: no character split by a fold
    assert f"SUMMARY:{title}" in unfold(feed)
