"""Domain values for the renderer tests (builders and constants; fixtures are in conftest).

Everything is built directly from domain values (no database, no HTTP):
the reference example (IGF 2024 in Riyadh, the TCCM session and its
neighbours) and the coalition's 2025 season as dates-only events.
Generated events across many zones (DST changes during the event, a long
Arabic title that must fold) and a big event are in `world_examples.py`.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

from sessions.domain.agenda import Agenda, build_agenda
from sessions.domain.clock import parse_local_datetime, parse_wall_time
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
