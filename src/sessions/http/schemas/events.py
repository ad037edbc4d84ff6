"""Events and tracks."""

from __future__ import annotations

from datetime import date

import msgspec
from msgspec import UNSET, UnsetType

from sessions.domain.model import EventKind, EventStatus, TrackMode
from sessions.http.schemas.common import (
    Links,
    Location,
    Name,
    Slug,
    Text,
    Title,
    Url,
    Venue,
    ZoneName,
)
from sessions.http.schemas.sessions import JoinPrivateHours


class TrackCreate(msgspec.Struct, forbid_unknown_fields=True):
    slug: Slug
    name: Name
    mode: TrackMode
    location: Location | None = None
    join_url: Url | None = None
    # The join link reaches only registrants, organisers and facilitators (as a session's).
    join_private: bool = False
    join_private_hours: JoinPrivateHours | None = None


class TrackPatch(msgspec.Struct, forbid_unknown_fields=True):
    name: Name | UnsetType = UNSET
    mode: TrackMode | UnsetType = UNSET
    location: Location | UnsetType | None = UNSET
    join_url: Url | UnsetType | None = UNSET
    join_private: bool | UnsetType = UNSET
    join_private_hours: JoinPrivateHours | UnsetType | None = UNSET


class TrackOut(msgspec.Struct):
    slug: str
    name: str
    mode: TrackMode
    location: str | None
    join_url: str | None  # null too when private and this reader may not have it
    version: int
    links: Links
    join_private: bool = False
    join_private_hours: int | None = None


class EventCreate(msgspec.Struct, forbid_unknown_fields=True):
    slug: Slug
    title: Title
    timezone: ZoneName
    start_date: date
    end_date: date
    kind: EventKind = EventKind.MEETING
    venue: Venue | None = None
    description: Text | None = None
    tracks: list[TrackCreate] | None = msgspec.field(
        default=None,
    )


class EventPatch(msgspec.Struct, forbid_unknown_fields=True):
    title: Title | UnsetType = UNSET
    timezone: ZoneName | UnsetType = UNSET
    start_date: date | UnsetType = UNSET
    end_date: date | UnsetType = UNSET
    kind: EventKind | UnsetType = UNSET
    venue: Venue | UnsetType | None = UNSET
    description: Text | UnsetType | None = UNSET


class EventOut(msgspec.Struct):
    slug: str
    title: str
    kind: EventKind
    timezone: str
    start_date: date
    end_date: date
    venue: str | None
    description: str | None
    status: EventStatus
    version: int
    tracks: list[TrackOut]
    links: Links
