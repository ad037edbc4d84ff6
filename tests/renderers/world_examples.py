"""Generated events across many zones (DST during the event, a long Arabic title); a big one.

Built from the builders in `examples.py`; fixtures are in conftest.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from sessions.domain.clock import format_instant, parse_wall_time
from sessions.domain.model import (
    Event,
    EventStatus,
    Person,
    PersonRole,
    SegmentKind,
    Session,
)
from sessions.domain.plan import SegmentSpec, plan_segments
from sessions.domain.zones import get_zone

from .examples import NOTE, UPDATED, EventData, make_session, make_tracks, uid

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
