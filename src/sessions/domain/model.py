"""The product's words as plain values: Event, Track, Session, Segment, Person."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from uuid import UUID

from sessions.domain.clock import WallTime
from sessions.domain.hybrid import NO_HYBRID, Hybrid, Material


class EventKind(StrEnum):
    MEETING = "meeting"
    DEADLINE = "deadline"


class EventStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"


class TrackMode(StrEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"


class SessionStatus(StrEnum):
    CONFIRMED = "confirmed"
    TENTATIVE = "tentative"
    CANCELLED = "cancelled"


class SegmentKind(StrEnum):
    PRESENTATION = "presentation"
    QA = "qa"
    NETWORKING = "networking"
    DISCUSSION = "discussion"
    BREAK = "break"
    PANEL = "panel"
    KEYNOTE = "keynote"
    OTHER = "other"


class EventRole(StrEnum):
    """An account's part in one event (`event_members`)."""

    OWNER = "owner"
    ORGANISER = "organiser"
    FACILITATOR = "facilitator"


class PersonRole(StrEnum):
    """A person's part in one session (PRODUCT.md, Session)."""

    SPEAKER = "speaker"
    MODERATOR = "moderator"
    PANELLIST = "panellist"
    FACILITATOR = "facilitator"


@dataclass(frozen=True, slots=True)
class Event:
    slug: str
    title: str
    timezone: str
    start_date: date
    end_date: date
    kind: EventKind = EventKind.MEETING
    venue: str | None = None
    description: str | None = None
    status: EventStatus = EventStatus.DRAFT
    version: int = 1
    id: UUID | None = None
    updated_at: datetime | None = None  # the last change to the event or anything in it
    tracks: tuple[Track, ...] = ()  # in their order

    def covers(self, day: date) -> bool:
        return self.start_date <= day <= self.end_date

    def track(self, slug: str) -> Track | None:
        return next((t for t in self.tracks if t.slug == slug), None)

    @property
    def track_slugs(self) -> tuple[str, ...]:
        return tuple(t.slug for t in self.tracks)


@dataclass(frozen=True, slots=True)
class Track:
    slug: str
    name: str
    mode: TrackMode
    location: str | None = None
    join_url: str | None = None
    position: int = 0
    version: int = 1
    id: UUID | None = None
    # A private link reaches only registrants, organisers and facilitators (domain/hybrid.py),
    # registrants only from `join_private_hours` before each session when that is set.
    join_private: bool = False
    join_private_hours: int | None = None


def default_tracks() -> tuple[Track, Track]:
    """What a new event gets unless told otherwise (PRODUCT.md, Track)."""
    return (
        Track("in-person", "In person", TrackMode.IN_PERSON, position=0),
        Track("online", "Online", TrackMode.ONLINE, position=1),
    )


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    role: PersonRole
    email: str | None = None
    # When they can be booked (UTC instants, half-open, in order, not overlapping): a booking
    # outside every window is a conflict of kind `unavailable`; no windows, no limit. The
    # windows are the person's in the event, whichever session names them. None: not said
    # (a write leaves the stored windows as they are). Not part of equality: who is named
    # where is one thing, when they are free another (repositories write them apart).
    availability: tuple[Interval, ...] | None = field(default=None, compare=False)

    @property
    def key(self) -> str:
        """Who this is, for double-booking: the email if known, else the name."""
        if self.email:
            return self.email.strip().casefold()
        return " ".join(self.name.split()).casefold()


@dataclass(frozen=True, slots=True)
class Segment:
    """A timed part of a session, kept as elapsed offsets from the session's start.

    Offsets make the plan move with its session (PRODUCT.md: segments keep
    their elapsed offset from the session's start).
    """

    kind: SegmentKind
    title: str
    start_offset: timedelta
    end_offset: timedelta
    tracks: tuple[str, ...] = ()  # empty: every track of the session
    notes: str | None = None
    # Who runs this part (a lane's facilitator, a breakout's moderator): double-bookings
    # are found at this precision, across lanes and sessions.
    people: tuple[Person, ...] = ()
    # Its own join link (a breakout, during this segment), languages, captions.
    hybrid: Hybrid = NO_HYBRID

    def tracks_in(self, session_tracks: tuple[str, ...]) -> tuple[str, ...]:
        return self.tracks or session_tracks

    def is_for(self, track: str, session_tracks: tuple[str, ...]) -> bool:
        return track in self.tracks_in(session_tracks)


@dataclass(frozen=True, slots=True)
class Session:
    title: str
    start: WallTime
    end: WallTime
    tracks: tuple[str, ...]
    description: str | None = None
    room: str | None = None
    people: tuple[Person, ...] = ()
    status: SessionStatus = SessionStatus.CONFIRMED
    sequence: int = 0
    version: int = 1
    segments: tuple[Segment, ...] = ()
    id: UUID | None = None
    updated_at: datetime | None = None
    import_guid: str | None = None  # the GUID of the schedule talk it was imported from
    # Sessions of the same event this one must not overlap (a clash rule): overlapping one is
    # a conflict of kind `clash`, reported, never refused.
    avoid_overlap_with: tuple[UUID, ...] = ()
    # Its own join link (over its online track's), languages, captions; and its materials.
    hybrid: Hybrid = NO_HYBRID
    materials: tuple[Material, ...] = ()

    @property
    def start_instant(self) -> datetime:
        return self.start.instant

    @property
    def end_instant(self) -> datetime:
        return self.end.instant

    @property
    def duration(self) -> timedelta:
        return self.end_instant - self.start_instant

    def segment_start(self, segment: Segment) -> datetime:
        return self.start_instant + segment.start_offset

    def segment_end(self, segment: Segment) -> datetime:
        return self.start_instant + segment.end_offset

    def segments_for(self, track: str | None) -> tuple[Segment, ...]:
        if track is None:
            return self.segments
        return tuple(s for s in self.segments if s.is_for(track, self.tracks))


@dataclass(frozen=True, slots=True)
class Interval:
    """Half-open [start, end) between two UTC instants (time rule 5)."""

    start: datetime
    end: datetime

    def overlaps(self, other: Interval) -> bool:
        return self.start < other.end and other.start < self.end

    def intersection(self, other: Interval) -> Interval:
        return Interval(max(self.start, other.start), min(self.end, other.end))


@dataclass(frozen=True, slots=True)
class Changes:
    """Which fields of a session an edit touched; decides sequence and version."""

    fields: frozenset[str] = field(default_factory=frozenset)

    @property
    def bumps_sequence(self) -> bool:
        # iCalendar SEQUENCE grows when time, place or status changes (RFC 5546).
        return bool(self.fields & {"start", "end", "room", "status", "tracks"})
