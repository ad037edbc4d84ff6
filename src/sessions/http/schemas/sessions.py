"""Sessions and segments."""

from __future__ import annotations

import uuid
from typing import Annotated

import msgspec
from msgspec import UNSET, UnsetType

from sessions.domain import limits
from sessions.domain.model import PersonRole, SegmentKind, SessionStatus
from sessions.http.schemas.common import (
    Instant,
    Links,
    Name,
    Notes,
    Room,
    Slug,
    Text,
    Title,
    WallClock,
)

PersonName = Name
# Strict: a person's email keys double-booking checks, so it must look like an address.
PersonEmail = Annotated[
    str,
    msgspec.Meta(
        max_length=limits.EMAIL_MAX,
        pattern=r"^[^@\s\x00-\x1f\x7f]+@[^@\s\x00-\x1f\x7f]+\.[^@\s\x00-\x1f\x7f]+(?![\s\S])",
    ),
]
TrackList = Annotated[list[Slug], msgspec.Meta(max_length=limits.MAX_TRACKS_PER_EVENT)]
# Clash rules: sessions of the same event this one must not overlap (a conflict, not a refusal).
AvoidList = Annotated[list[uuid.UUID], msgspec.Meta(max_length=limits.MAX_AVOID_OVERLAP)]


TimeWithOffset = Annotated[
    str,
    msgspec.Meta(
        max_length=32,
        description="An instant: a date and time with its UTC offset (2024-12-18T09:00+03:00)",
        examples=["2024-12-18T09:00:00+03:00"],
    ),
]


class WindowIn(msgspec.Struct, forbid_unknown_fields=True):
    """When a person can be booked: [start, end), instants (each with its UTC offset)."""

    start: TimeWithOffset
    end: TimeWithOffset


class WindowOut(msgspec.Struct):
    start: Instant
    end: Instant


class PersonIn(msgspec.Struct, forbid_unknown_fields=True):
    name: PersonName
    role: PersonRole
    email: PersonEmail | None = None
    # The person's windows in the event (wherever they are named), in time order, at most 50;
    # a booking outside every window is a conflict of kind `unavailable`. `[]`: no limit.
    # Left out: the windows stored for them stay as they are.
    availability: (
        Annotated[list[WindowIn], msgspec.Meta(max_length=limits.MAX_AVAILABILITY_WINDOWS)]
        | UnsetType
    ) = UNSET


class PersonOut(msgspec.Struct, omit_defaults=True):
    name: str
    role: PersonRole
    # Only to the event's team (organisers, facilitators), so a facilitator's run of show can
    # find their own sessions; never in public reads.
    email: str | UnsetType = UNSET
    # The event's team only, and only when the person has windows (in the event's zone).
    availability: list[WindowOut] | UnsetType = UNSET


People = Annotated[list[PersonIn], msgspec.Meta(max_length=limits.MAX_PEOPLE_PER_SESSION)]


class SessionCreate(msgspec.Struct, forbid_unknown_fields=True):
    title: Title
    start: WallClock
    end: WallClock
    description: Text | None = None
    room: Room | None = None
    tracks: TrackList | None = msgspec.field(default=None)
    people: Annotated[list[PersonIn], msgspec.Meta(max_length=limits.MAX_PEOPLE_PER_SESSION)] = (
        msgspec.field(default_factory=list)
    )
    status: SessionStatus = SessionStatus.CONFIRMED
    avoid_overlap_with: AvoidList = msgspec.field(default_factory=list)


class SessionPatch(msgspec.Struct, forbid_unknown_fields=True):
    title: Title | UnsetType = UNSET
    start: WallClock | UnsetType = UNSET
    end: WallClock | UnsetType = UNSET
    description: Text | UnsetType | None = UNSET
    room: Room | UnsetType | None = UNSET
    tracks: TrackList | UnsetType = UNSET
    people: (
        Annotated[list[PersonIn], msgspec.Meta(max_length=limits.MAX_PEOPLE_PER_SESSION)]
        | UnsetType
    ) = UNSET
    status: SessionStatus | UnsetType = UNSET
    avoid_overlap_with: AvoidList | UnsetType = UNSET


class SegmentIn(msgspec.Struct, forbid_unknown_fields=True):
    kind: SegmentKind
    title: Title
    start: WallClock
    end: WallClock
    tracks: TrackList = msgspec.field(default_factory=list)
    notes: Notes | None = None
    # Who runs this part (same shape as a session's people); double-bookings are found per
    # segment, across lanes and sessions.
    people: People = msgspec.field(default_factory=list)


class SegmentOut(msgspec.Struct, omit_defaults=True):
    kind: SegmentKind
    title: str
    start: Instant
    end: Instant
    tracks: list[str]
    notes: str | UnsetType | None = UNSET  # organisers only
    people: list[PersonOut] = msgspec.field(default_factory=list)


class SessionOut(msgspec.Struct):
    id: uuid.UUID
    event: str
    title: str
    description: str | None
    start: Instant
    end: Instant
    timezone: str
    room: str | None
    tracks: list[str]
    people: list[PersonOut]
    status: SessionStatus
    sequence: int
    version: int
    segments: list[SegmentOut]
    updated_at: Instant
    links: Links
    # Sessions this one must not overlap; overlapping one is a conflict of kind `clash`.
    avoid_overlap_with: list[uuid.UUID] = msgspec.field(default_factory=list)
