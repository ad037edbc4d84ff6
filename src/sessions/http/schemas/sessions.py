"""Sessions and segments."""

from __future__ import annotations

import uuid
from typing import Annotated

import msgspec
from msgspec import UNSET, UnsetType

from sessions.domain import limits
from sessions.domain.hybrid import MaterialKind
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
    Url,
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


# Hybrid details (PRODUCT.md, Hybrid details; domain/hybrid.py).
JoinUrl = Annotated[
    str,
    msgspec.Meta(
        max_length=limits.URL_MAX,
        pattern=limits.SINGLE_LINE_PATTERN,
        description=(
            "This session's own join link (over its online track's), or a segment's own (a "
            "breakout, during that segment). An http(s) URL."
        ),
        examples=["https://meet.example.org/tccm"],
    ),
]
JoinPrivateHours = Annotated[
    int,
    msgspec.Meta(
        ge=0,
        le=limits.MAX_JOIN_PRIVATE_HOURS,
        description=(
            "With join_private: registrants get the link only from this many hours before the "
            "session starts (a segment's too: before its session starts); null: at any time. "
            "Organisers and facilitators always get it."
        ),
    ),
]
LanguageTag = Annotated[
    str,
    msgspec.Meta(
        min_length=1,
        max_length=limits.LANGUAGE_TAG_MAX,
        pattern=r"^[A-Za-z0-9]{1,8}(?:-[A-Za-z0-9]{1,8})*" + r"(?![\s\S])",
        description="A BCP 47 language tag (fr, ar, zh-Hant, ase), checked for well-formedness",
        examples=["fr"],
    ),
]
LanguageTags = Annotated[list[LanguageTag], msgspec.Meta(max_length=limits.MAX_LANGUAGES)]


class MaterialIn(msgspec.Struct, forbid_unknown_fields=True):
    kind: MaterialKind
    title: Title
    url: Url


class MaterialOut(msgspec.Struct):
    kind: MaterialKind
    title: str
    url: str


Materials = Annotated[list[MaterialIn], msgspec.Meta(max_length=limits.MAX_MATERIALS)]


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
    join_url: JoinUrl | None = None
    # The join link reaches only registrants (their feed, invites, /r/{token}), organisers and
    # facilitators; never public feeds, exports, the agenda or anonymous reads.
    join_private: bool = False
    join_private_hours: JoinPrivateHours | None = None
    languages: LanguageTags = msgspec.field(default_factory=list)  # spoken
    interpretation: LanguageTags = msgspec.field(default_factory=list)  # interpreted into
    sign_language: LanguageTags = msgspec.field(default_factory=list)
    captions: bool = False
    materials: Materials = msgspec.field(default_factory=list)


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
    join_url: JoinUrl | UnsetType | None = UNSET
    join_private: bool | UnsetType = UNSET
    join_private_hours: JoinPrivateHours | UnsetType | None = UNSET
    languages: LanguageTags | UnsetType = UNSET
    interpretation: LanguageTags | UnsetType = UNSET
    sign_language: LanguageTags | UnsetType = UNSET
    captions: bool | UnsetType = UNSET
    materials: Materials | UnsetType = UNSET


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
    join_url: JoinUrl | None = None
    # The join link reaches only registrants (their feed, invites, /r/{token}), organisers and
    # facilitators; never public feeds, exports, the agenda or anonymous reads.
    join_private: bool = False
    join_private_hours: JoinPrivateHours | None = None
    languages: LanguageTags = msgspec.field(default_factory=list)  # spoken
    interpretation: LanguageTags = msgspec.field(default_factory=list)  # interpreted into
    sign_language: LanguageTags = msgspec.field(default_factory=list)
    captions: bool = False


class SegmentOut(msgspec.Struct, omit_defaults=True):
    kind: SegmentKind
    title: str
    start: Instant
    end: Instant
    tracks: list[str]
    # Null when there is none, or when it is private and this reader may not have it yet
    # (join_private still says there is one).
    join_url: str | None
    join_private: bool
    join_private_hours: int | None
    languages: list[str]
    interpretation: list[str]
    sign_language: list[str]
    captions: bool
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
    # Hybrid details. join_url: this session's own link, null when it has none (its online
    # tracks' apply) or when it is private and this reader may not have it.
    join_url: str | None = None
    join_private: bool = False
    join_private_hours: int | None = None
    languages: list[str] = msgspec.field(default_factory=list)
    interpretation: list[str] = msgspec.field(default_factory=list)
    sign_language: list[str] = msgspec.field(default_factory=list)
    captions: bool = False
    materials: list[MaterialOut] = msgspec.field(default_factory=list)
