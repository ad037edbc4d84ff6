"""Domain values for the renderer tests (builders and constants; fixtures are in conftest).

Everything is built directly from domain values (no database, no HTTP):
the reference example (IGF 2024 in Riyadh, the TCCM session and its
neighbours), the coalition's 2025 season as dates-only events, and
generated events across many zones, including DST changes during the event
and a long Arabic title that must fold.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sessions.domain.agenda import Agenda, build_agenda
from sessions.domain.clock import format_instant, parse_local_datetime, parse_wall_time
from sessions.domain.model import (
    Event,
    EventKind,
    EventStatus,
    Person,
    PersonRole,
    SegmentKind,
    Session,
    SessionStatus,
    Track,
    TrackMode,
)
from sessions.domain.plan import SegmentSpec, plan_segments
from sessions.domain.zones import get_zone

HOST = "sessions.example.org"
NOW = datetime(2024, 12, 1, 9, 0, tzinfo=UTC)
UPDATED = datetime(2024, 11, 20, 8, 30, tzinfo=UTC)
NS = uuid.UUID("6f1c1a7e-2b43-4d1e-9d6a-1f2a3b4c5d6e")
NOTE = "FACILITATOR-NOTE"  # every segment's notes contain this; no output may
JOIN_URL = "https://meet.example.org/igf-2024/online?room=tccm"

SHARED_DIR = Path(
    os.environ.get("SESSIONS_SHARED_DIR", Path(__file__).resolve().parents[2].parent / "shared")
)
ICSCHECK = SHARED_DIR / "tools" / "icscheck"
SCHEDCHECK = SHARED_DIR / "tools" / "schedcheck"


def uid(name: str) -> uuid.UUID:
    return uuid.uuid5(NS, name)


# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------


def make_tracks(slug: str, *, location: str | None = None) -> tuple[Track, Track]:
    return (
        Track(
            "in-person",
            "In person",
            TrackMode.IN_PERSON,
            location=location,
            position=0,
            id=uid(f"{slug}/track/in-person"),
        ),
        Track(
            "online",
            "Online",
            TrackMode.ONLINE,
            join_url=f"https://meet.example.org/{slug}/online?room=main",
            position=1,
            id=uid(f"{slug}/track/online"),
        ),
    )


Seg = tuple  # (kind, title, start, end, tracks)


def make_session(
    event: Event,
    title: str,
    start: str,
    end: str,
    *,
    room: str | None = None,
    tracks: Sequence[str] = ("in-person", "online"),
    segments: Sequence[Seg] = (),
    description: str | None = None,
    status: SessionStatus = SessionStatus.CONFIRMED,
    sequence: int = 0,
    people: Sequence[Person] = (),
    key: str | None = None,
) -> Session:
    zone = get_zone(event.timezone)
    session = Session(
        title=title,
        start=parse_wall_time(start, zone, "start"),
        end=parse_wall_time(end, zone, "end"),
        tracks=tuple(tracks),
        description=description,
        room=room,
        people=tuple(people),
        status=status,
        sequence=sequence,
        id=uid(f"{event.slug}/session/{key or title}"),
        updated_at=UPDATED,
    )
    specs = [
        SegmentSpec(
            kind,
            seg_title,
            parse_local_datetime(s, "start"),
            parse_local_datetime(e, "end"),
            tuple(seg_tracks),
            notes=f"{NOTE}: {seg_title} cue",
        )
        for kind, seg_title, s, e, seg_tracks in segments
    ]
    if specs:
        session = replace(session, segments=plan_segments(session, specs, zone))
    return session


@dataclass(frozen=True)
class EventData:
    event: Event
    tracks: tuple[Track, ...]
    sessions: tuple[Session, ...]

    def agenda(self, track: str | None = None, tz: str | None = None) -> Agenda:
        zone = get_zone(tz or self.event.timezone)
        return build_agenda(self.event, self.sessions, zone, track=track, tracks=self.tracks)


# ---------------------------------------------------------------------------
# The reference example
# ---------------------------------------------------------------------------

IGF = Event(
    slug="igf-2024",
    title="Internet Governance Forum 2024",
    timezone="Asia/Riyadh",
    start_date=date(2024, 12, 15),
    end_date=date(2024, 12, 19),
    venue="Riyadh",
    description="The 19th annual meeting of the IGF.",
    status=EventStatus.PUBLISHED,
    id=uid("igf-2024"),
)

TCCM_TITLE = "A Technical Community Coalition for Multistakeholderism (TCCM)"
TCCM_SEGMENTS: tuple[Seg, ...] = (
    (SegmentKind.PRESENTATION, "Presentation on TCCM", "2024-12-18T15:45", "2024-12-18T16:05", ()),
    (
        SegmentKind.QA,
        "Question & Answer session with panellists",
        "2024-12-18T16:05",
        "2024-12-18T16:25",
        (),
    ),
    (
        SegmentKind.NETWORKING,
        "Networking opportunity for in-person attendees",
        "2024-12-18T16:25",
        "2024-12-18T16:45",
        ("in-person",),
    ),
    (
        SegmentKind.DISCUSSION,
        "Facilitated discussion for online attendees",
        "2024-12-18T16:25",
        "2024-12-18T16:45",
        ("online",),
    ),
)


def igf_tracks() -> tuple[Track, ...]:
    return (
        Track(
            "in-person",
            "In person",
            TrackMode.IN_PERSON,
            location="King Abdulaziz International Conference Center",
            position=0,
            id=uid("igf/track/in-person"),
        ),
        Track(
            "online",
            "Online",
            TrackMode.ONLINE,
            join_url=JOIN_URL,
            position=1,
            id=uid("igf/track/online"),
        ),
    )


def tccm_session(**changes) -> Session:
    session = make_session(
        IGF,
        TCCM_TITLE,
        "2024-12-18T15:45",
        "2024-12-18T16:45",
        room="Workshop Room 2",
        segments=TCCM_SEGMENTS,
        description=(
            "How the technical community can strengthen multistakeholder governance; "
            "with panellists from the RIRs, ISOC, and the IETF.\nBring questions!"
        ),
        people=(
            Person("Ada Example", PersonRole.MODERATOR, email="ada@example.org"),
            Person("Bashir Example", PersonRole.PANELLIST),
            Person("Chen Example", PersonRole.FACILITATOR, email="chen@example.org"),
        ),
        key="tccm",
    )
    return replace(session, **changes) if changes else session


def igf_neighbours() -> tuple[Session, ...]:
    e = IGF
    return (
        make_session(
            e, "Opening ceremony", "2024-12-16T10:00", "2024-12-16T11:30", room="Plenary Hall"
        ),
        make_session(
            e,
            "Data governance and trust",
            "2024-12-18T15:00",
            "2024-12-18T16:30",
            room="Workshop Room 3",
            segments=(
                (SegmentKind.PANEL, "Panel", "2024-12-18T15:00", "2024-12-18T16:00", ()),
                (SegmentKind.QA, "Q&A", "2024-12-18T16:00", "2024-12-18T16:30", ()),
            ),
        ),
        make_session(
            e,
            "Youth IGF: dialogue",
            "2024-12-18T16:00",
            "2024-12-18T17:00",
            room="Workshop Room 1",
            status=SessionStatus.TENTATIVE,
        ),
        make_session(
            e,
            "Online-only fireside chat",
            "2024-12-18T20:00",
            "2024-12-18T21:00",
            tracks=("online",),
            description="Streamed only; no room.",
        ),
        make_session(
            e,
            "Cancelled workshop",
            "2024-12-19T09:00",
            "2024-12-19T10:00",
            room="Workshop Room 2",
            status=SessionStatus.CANCELLED,
            sequence=2,
        ),
        make_session(
            e, "Closing session", "2024-12-19T16:00", "2024-12-19T17:30", room="Plenary Hall"
        ),
    )


# ---------------------------------------------------------------------------
# The 2025 season: dates-only events (PRODUCT.md)
# ---------------------------------------------------------------------------


def season_events() -> tuple[Event, ...]:
    def ev(slug, title, tz, start, end, kind=EventKind.MEETING, venue=None):
        return Event(
            slug=slug,
            title=title,
            timezone=tz,
            start_date=start,
            end_date=end,
            kind=kind,
            venue=venue,
            status=EventStatus.PUBLISHED,
            id=uid(slug),
        )

    return (
        ev(
            "consultation-2025",
            "Consultation due",
            "Europe/Zurich",
            date(2025, 1, 31),
            date(2025, 1, 31),
            EventKind.DEADLINE,
        ),
        ev(
            "icann-82",
            "ICANN 82",
            "America/Los_Angeles",
            date(2025, 3, 8),
            date(2025, 3, 13),
            venue="Seattle",
        ),
        ev(
            "submission-2025",
            "Submission deadline",
            "Europe/Zurich",
            date(2025, 3, 14),
            date(2025, 3, 14),
            EventKind.DEADLINE,
        ),
        ev(
            "cstd-2025",
            "CSTD 28th session",
            "Europe/Zurich",
            date(2025, 4, 7),
            date(2025, 4, 11),
            venue="Geneva",
        ),
        ev(
            "igf-2025",
            "IGF 2025",
            "Europe/Oslo",
            date(2025, 6, 23),
            date(2025, 6, 27),
            venue="Lillestrøm, Norway",
        ),
        ev(
            "wsis-20",
            "WSIS+20 High-Level Event",
            "Europe/Zurich",
            date(2025, 7, 7),
            date(2025, 7, 11),
            venue="Geneva",
        ),
        ev(
            "unga-80",
            "UN General Assembly (UNGA 80)",
            "America/New_York",
            date(2025, 9, 22),
            date(2025, 9, 30),
            venue="New York",
        ),
    )


# ---------------------------------------------------------------------------
# Generated events across many zones
# ---------------------------------------------------------------------------

ARABIC_TITLE = (
    "تحالف المجتمع التقني من أجل تعددية أصحاب المصلحة: حوار مفتوح حول حوكمة الإنترنت، "
    "والثقة الرقمية، ومستقبل المنتدى"
)

# slug, zone, first day, last day, sessions: (title, start, end, room, tracks)
WORLD_SPECS: tuple = (
    (
        "seattle-dst",
        "America/Los_Angeles",
        date(2025, 3, 8),
        date(2025, 3, 10),
        (
            ("Across the spring-forward night", "2025-03-09T01:30", "2025-03-09T03:30", "Hall A"),
            ("Morning after the change", "2025-03-09T09:00", "2025-03-09T10:30", "Hall A"),
            ("Saturday keynote", "2025-03-08T09:00", "2025-03-08T10:00", "Hall A"),
        ),
    ),
    (
        "zurich-fallback",
        "Europe/Zurich",
        date(2025, 10, 25),
        date(2025, 10, 27),
        (
            (
                "First 02:30 (summer time)",
                "2025-10-26T02:05+02:00",
                "2025-10-26T02:50+02:00",
                "Saal 1",
            ),
            ("Second 02:30 (winter time)", "2025-10-26T02:30+01:00", "2025-10-26T03:30", "Saal 2"),
            ("Across the fall-back night", "2025-10-26T01:00", "2025-10-26T04:00", "Saal 3"),
            ("Monday morning", "2025-10-27T09:00", "2025-10-27T10:00", "Saal 1"),
        ),
    ),
    (
        "sydney-autumn",
        "Australia/Sydney",
        date(2025, 4, 5),
        date(2025, 4, 6),
        (
            ("Late night across 03:00", "2025-04-06T01:30", "2025-04-06T04:00", "Room 1"),
            ("Sunday brunch talk", "2025-04-06T10:00", "2025-04-06T11:00", "Room 1"),
        ),
    ),
    (
        "santiago-midnight",
        "America/Santiago",
        date(2025, 9, 6),
        date(2025, 9, 7),
        (
            ("Saturday evening", "2025-09-06T20:00", "2025-09-06T23:30", "Sala 1"),
            ("Sunday first thing", "2025-09-07T01:00", "2025-09-07T02:00", "Sala 1"),
        ),
    ),
    (
        "lord-howe",
        "Australia/Lord_Howe",
        date(2025, 10, 4),
        date(2025, 10, 5),
        (("Half-hour change", "2025-10-05T01:45", "2025-10-05T03:00", "Hut"),),
    ),
    (
        "chatham",
        "Pacific/Chatham",
        date(2025, 4, 5),
        date(2025, 4, 6),
        (("Quarter-hour zone", "2025-04-06T02:00", "2025-04-06T04:00", "Hall"),),
    ),
    (
        "casablanca",
        "Africa/Casablanca",
        date(2025, 4, 5),
        date(2025, 4, 6),
        (("After Ramadan time", "2025-04-06T01:00", "2025-04-06T04:00", "Salle"),),
    ),
    (
        "kathmandu",
        "Asia/Kathmandu",
        date(2025, 5, 1),
        date(2025, 5, 1),
        (("Plus 05:45", "2025-05-01T09:15", "2025-05-01T10:00", "Hall"),),
    ),
    (
        "kolkata",
        "Asia/Kolkata",
        date(2025, 5, 2),
        date(2025, 5, 2),
        (("Plus 05:30", "2025-05-02T23:30", "2025-05-03T00:30", "Hall"),),
    ),
    (
        "st-johns",
        "America/St_Johns",
        date(2025, 11, 1),
        date(2025, 11, 2),
        (("Newfoundland fall back", "2025-11-02T00:30", "2025-11-02T02:30", "Hall"),),
    ),
    (
        "kiritimati",
        "Pacific/Kiritimati",
        date(2025, 12, 31),
        date(2025, 12, 31),
        (("First New Year", "2025-12-31T23:00", "2026-01-01T00:30", "Beach"),),
    ),
    (
        "pago-pago",
        "Pacific/Pago_Pago",
        date(2025, 12, 31),
        date(2025, 12, 31),
        (("Last New Year", "2025-12-31T23:30", "2026-01-01T00:00", "Beach"),),
    ),
    (
        "us-eastern-link",
        "US/Eastern",
        date(2025, 11, 1),
        date(2025, 11, 2),
        (
            ("Link zone, second 01:30", "2025-11-02T01:30-05:00", "2025-11-02T02:30", "Hall"),
            ("Link zone, morning", "2025-11-02T09:00", "2025-11-02T10:00", "Hall"),
        ),
    ),
    (
        "fixed-offset",
        "Etc/GMT-3",
        date(2025, 2, 10),
        date(2025, 2, 10),
        (("Fixed offset zone", "2025-02-10T10:00", "2025-02-10T11:00", "Hall"),),
    ),
    (
        "utc-event",
        "UTC",
        date(2025, 2, 11),
        date(2025, 2, 11),
        (("In UTC", "2025-02-11T10:00", "2025-02-11T11:00", "Hall"),),
    ),
    (
        "tehran",
        "Asia/Tehran",
        date(2025, 3, 21),
        date(2025, 3, 22),
        (("Nowruz session", "2025-03-21T10:00", "2025-03-21T11:00", "Hall"),),
    ),
    (
        "london-spring",
        "Europe/London",
        date(2025, 3, 29),
        date(2025, 3, 30),
        (("Across 01:00 BST", "2025-03-30T00:30", "2025-03-30T02:30", "Room"),),
    ),
    (
        "riyadh-arabic",
        "Asia/Riyadh",
        date(2025, 2, 3),
        date(2025, 2, 4),
        (
            (ARABIC_TITLE, "2025-02-03T14:00", "2025-02-03T15:30", "القاعة الكبرى"),
            (
                "English follow-up; with commas, semicolons and \\ backslashes",
                "2025-02-04T10:00",
                "2025-02-04T11:00",
                "Room 2",
            ),
        ),
    ),
)


def _world_event(slug, zone, first, last, specs) -> EventData:
    event = Event(
        slug=slug,
        title=f"Event {slug}",
        timezone=zone,
        start_date=first,
        end_date=last,
        venue=f"Venue of {slug}",
        status=EventStatus.PUBLISHED,
        id=uid(slug),
        description=f"Generated event in {zone}.",
    )
    tracks = make_tracks(slug, location=f"{slug} centre")
    sessions = []
    for n, (title, start, end, room) in enumerate(specs):
        s0 = make_session(event, title, start, end, room=room, key=f"s{n}")
        total = s0.end_instant - s0.start_instant
        third = total / 3

        # Three segments: everyone, then in-person / online in parallel.
        def wall(offset: timedelta, base: datetime = s0.start_instant) -> str:
            return format_instant((base + offset).astimezone(get_zone(event.timezone)))

        segs = (
            (SegmentKind.PRESENTATION, f"Talk {n}", wall(timedelta(0)), wall(third), ()),
            (
                SegmentKind.NETWORKING,
                "Coffee in the room",
                wall(third),
                wall(total),
                ("in-person",),
            ),
            (SegmentKind.DISCUSSION, "Breakout online", wall(third), wall(total), ("online",)),
        )
        sessions.append(
            make_session(
                event,
                title,
                start,
                end,
                room=room,
                key=f"s{n}",
                segments=segs,
                description=f"{title}: generated, with a comma, a semicolon; and a line\nbreak.",
                people=(Person(f"Speaker {n}", PersonRole.SPEAKER),),
            )
        )
    return EventData(event, tracks, tuple(sessions))


def world() -> tuple[EventData, ...]:
    return tuple(_world_event(*spec) for spec in WORLD_SPECS)


def big_event(count: int, *, slug: str = "big-event") -> EventData:
    """`count` sessions with four segments each, in 10 rooms over several days."""
    event = Event(
        slug=slug,
        title="A very big event",
        timezone="Europe/Berlin",
        start_date=date(2025, 3, 24),
        end_date=date(2025, 4, 4),
        venue="Berlin",
        status=EventStatus.PUBLISHED,
        id=uid(slug),
    )
    tracks = make_tracks(slug, location="Messe Berlin")
    zone = get_zone(event.timezone)
    sessions = []
    per_day = 10 * 10  # 10 rooms x 10 slots
    for i in range(count):
        day = event.start_date + timedelta(days=i // per_day)
        slot, room = divmod(i % per_day, 10)
        start = datetime(day.year, day.month, day.day, 8 + slot, 0)
        s = Session(
            title=f"Session {i}: topic {i % 37}",
            start=parse_wall_time(f"{start:%Y-%m-%dT%H:%M}", zone, "start"),
            end=parse_wall_time(f"{start + timedelta(minutes=50):%Y-%m-%dT%H:%M}", zone, "end"),
            tracks=("in-person", "online"),
            room=f"Room {room + 1}",
            description=f"Description of session {i}.",
            id=uid(f"{slug}/{i}"),
            updated_at=UPDATED,
            version=1,
        )

        def m(k: int, _s: datetime = start) -> datetime:
            return _s + timedelta(minutes=k)

        specs = [
            SegmentSpec(SegmentKind.PRESENTATION, "Talk", m(0), m(20), (), notes=NOTE),
            SegmentSpec(SegmentKind.QA, "Questions", m(20), m(35), (), notes=NOTE),
            SegmentSpec(SegmentKind.NETWORKING, "Coffee", m(35), m(50), ("in-person",), notes=NOTE),
            SegmentSpec(SegmentKind.DISCUSSION, "Breakout", m(35), m(50), ("online",), notes=NOTE),
        ]
        sessions.append(replace(s, segments=plan_segments(s, specs, zone)))
    return EventData(event, tracks, tuple(sessions))
