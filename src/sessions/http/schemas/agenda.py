"""Agendas, now/next and conflicts."""

from __future__ import annotations

import uuid
from datetime import date

import msgspec

from sessions.domain.conflicts import ConflictKind
from sessions.domain.errors import InvalidInput
from sessions.domain.hybrid import language_tag
from sessions.domain.model import SegmentKind, SessionStatus
from sessions.domain.zones import UnknownZone, Zone, get_zone
from sessions.http.schemas.common import Instant
from sessions.http.schemas.sessions import MaterialOut, PersonOut


def reader_zone(name: str | None, field: str = "tz") -> Zone | None:
    """A reader's zone from the query, read once at the edge (None: not given)."""
    if name is None:
        return None
    try:
        return get_zone(name)
    except UnknownZone as exc:
        raise InvalidInput.single(field, str(exc), name) from None


def reader_language(tag: str | None, field: str = "language") -> str | None:
    """The `language` filter, read once at the edge: a BCP 47 tag, else 422 naming it."""
    if tag is None:
        return None
    good = language_tag(tag)
    if good is None:
        raise InvalidInput.single(field, "must be a BCP 47 language tag such as fr or ar", tag)
    return good


class AgendaSegmentOut(msgspec.Struct):
    kind: SegmentKind
    title: str
    start: Instant
    end: Instant
    tracks: list[str]
    # Hybrid details. The agenda is public: a private join link is never in it (join_url
    # null, join_private true); registrants get it in their feed and at /r/{token}.
    join_url: str | None = None
    join_private: bool = False
    languages: list[str] = msgspec.field(default_factory=list)
    interpretation: list[str] = msgspec.field(default_factory=list)
    sign_language: list[str] = msgspec.field(default_factory=list)
    captions: bool = False


class AgendaSessionOut(msgspec.Struct):
    id: uuid.UUID
    title: str
    description: str | None
    room: str | None
    status: SessionStatus
    start: Instant
    end: Instant
    crosses_midnight: bool
    tracks: list[str]
    people: list[PersonOut]
    sequence: int
    segments: list[AgendaSegmentOut]
    # Hybrid details. The agenda is public: a private join link is never in it (join_url
    # null, join_private true); registrants get it in their feed and at /r/{token}.
    join_url: str | None = None
    join_private: bool = False
    languages: list[str] = msgspec.field(default_factory=list)
    interpretation: list[str] = msgspec.field(default_factory=list)
    sign_language: list[str] = msgspec.field(default_factory=list)
    captions: bool = False
    materials: list[MaterialOut] = msgspec.field(default_factory=list)


class AgendaDayOut(msgspec.Struct):
    date: date
    sessions: list[AgendaSessionOut]


class AgendaOut(msgspec.Struct):
    event: str
    title: str
    timezone: str
    event_timezone: str
    track: str | None
    version: int
    days: list[AgendaDayOut]


class RunItemOut(msgspec.Struct):
    session_id: uuid.UUID
    session_title: str
    room: str | None
    kind: SegmentKind | None
    title: str
    start: Instant
    end: Instant
    expected_start: Instant  # the plan plus how late the track runs
    expected_end: Instant


class NowNextOut(msgspec.Struct):
    event: str
    track: str
    timezone: str
    at: Instant
    now: list[RunItemOut]
    next: list[RunItemOut]
    late_minutes: int = 0


class ConflictSegmentOut(msgspec.Struct):
    """A segment a person is booked on (named on the segment, not on its session)."""

    session: uuid.UUID
    title: str
    start: Instant
    end: Instant


class ConflictOut(msgspec.Struct):
    """One conflict. A double booking is a run: a chain of overlapping bookings of one room
    or person, `count` sessions long, of which `sessions` lists the first 50 in time order.
    `start`/`end` run from the first instant booked twice to the last (for two sessions,
    their overlap); `span_start`/`span_end` from the run's first start to its last end.
    A person is booked at segment precision: named on a session, for all of it; named only on
    some of its segments, for those (listed in `segments`; `count` then counts bookings, so two
    overlapping lanes of one session are a run of two). A gap is `start`/`end` in one session
    (`count` 1, the span is the session). A clash is two sessions that overlap while one lists
    the other in `avoid_overlap_with` (`count` 2; `start`/`end` their overlap). `unavailable`
    is one booking (a session, or a segment in `segments`) of `person` reaching outside all of
    their availability windows: `start`/`end` from its first instant outside to its last,
    `span_start`/`span_end` the booking."""

    kind: ConflictKind
    message: str
    sessions: list[uuid.UUID]
    start: Instant
    end: Instant
    count: int
    span_start: Instant
    span_end: Instant
    room: str | None = None
    person: str | None = None
    track: str | None = None
    segments: list[ConflictSegmentOut] = msgspec.field(default_factory=list)


class ConflictSummaryOut(msgspec.Struct):
    """How many conflicts of each kind, over all pages."""

    room_double_booking: int
    person_double_booking: int
    gap: int
    clash: int
    unavailable: int


class ConflictsOut(msgspec.Struct):
    event: str
    timezone: str
    items: list[ConflictOut]
    total: int
    summary: ConflictSummaryOut
