"""Sessions and segments."""

from __future__ import annotations

import uuid
from typing import Annotated

import msgspec
from msgspec import UNSET, UnsetType

from sessions.domain.model import Role, SegmentKind, SessionStatus
from sessions.http.schemas.common import NO_NUL, Instant, Links, Slug, Text, Title, WallClock

Room = Annotated[str, msgspec.Meta(max_length=120, pattern=NO_NUL)]
PersonName = Annotated[str, msgspec.Meta(min_length=1, max_length=120, pattern=NO_NUL)]
Email = Annotated[
    str, msgspec.Meta(max_length=254, pattern=r"^[^@\s\x00]+@[^@\s\x00]+\.[^@\s\x00]+$")
]
Notes = Annotated[
    str,
    msgspec.Meta(max_length=10_000, pattern=NO_NUL, description="Facilitator notes; never public"),
]
TrackList = Annotated[list[Slug], msgspec.Meta(max_length=50)]


class PersonIn(msgspec.Struct, forbid_unknown_fields=True):
    name: PersonName
    role: Role
    email: Email | None = None


class PersonOut(msgspec.Struct):
    name: str
    role: Role


class SessionCreate(msgspec.Struct, forbid_unknown_fields=True):
    title: Title
    start: WallClock
    end: WallClock
    description: Text | None = None
    room: Room | None = None
    tracks: TrackList | None = msgspec.field(default=None)
    people: Annotated[list[PersonIn], msgspec.Meta(max_length=100)] = msgspec.field(
        default_factory=list
    )
    status: SessionStatus = SessionStatus.CONFIRMED


class SessionPatch(msgspec.Struct, forbid_unknown_fields=True):
    title: Title | UnsetType = UNSET
    start: WallClock | UnsetType = UNSET
    end: WallClock | UnsetType = UNSET
    description: Text | UnsetType | None = UNSET
    room: Room | UnsetType | None = UNSET
    tracks: TrackList | UnsetType = UNSET
    people: Annotated[list[PersonIn], msgspec.Meta(max_length=100)] | UnsetType = UNSET
    status: SessionStatus | UnsetType = UNSET


class SegmentIn(msgspec.Struct, forbid_unknown_fields=True):
    kind: SegmentKind
    title: Title
    start: WallClock
    end: WallClock
    tracks: TrackList = msgspec.field(default_factory=list)
    notes: Notes | None = None


class SegmentOut(msgspec.Struct, omit_defaults=True):
    kind: SegmentKind
    title: str
    start: Instant
    end: Instant
    tracks: list[str]
    notes: str | UnsetType | None = UNSET  # organisers only


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
