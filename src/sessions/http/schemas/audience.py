"""An event's audience across zones, a session's fairness and the slot finder."""

from __future__ import annotations

import uuid
from typing import Annotated

import msgspec

from sessions.domain import limits
from sessions.domain.conflicts import ConflictKind

Weight = Annotated[float, msgspec.Meta(gt=0, le=limits.MAX_AUDIENCE_WEIGHT)]
ZoneName = Annotated[str, msgspec.Meta(min_length=1, max_length=limits.ZONE_MAX)]


class AudienceZoneIn(msgspec.Struct, forbid_unknown_fields=True):
    timezone: ZoneName
    weight: Weight = 1.0


class AudienceIn(msgspec.Struct, forbid_unknown_fields=True):
    zones: Annotated[list[AudienceZoneIn], msgspec.Meta(max_length=limits.MAX_AUDIENCE_ZONES)]


class AudienceZoneOut(msgspec.Struct):
    timezone: str
    weight: float


class RegisteredZoneOut(msgspec.Struct):
    timezone: str
    count: int


class NightLoadOut(msgspec.Struct):
    """How many of the event's sessions touch this zone's night, and their minutes in it."""

    timezone: str
    sessions: int
    minutes: int


class AudienceOut(msgspec.Struct):
    declared: list[AudienceZoneOut]
    registered: list[RegisteredZoneOut]
    zones: list[AudienceZoneOut]
    nights: list[NightLoadOut]


class ZoneFairnessOut(msgspec.Struct):
    timezone: str
    weight: float
    start: str  # local, with the offset at that instant
    end: str
    bands: list[str]
    awake_share: float


class FairnessOut(msgspec.Struct):
    score: float
    zones: list[ZoneFairnessOut]


class SlotConflictOut(msgspec.Struct, omit_defaults=True):
    """A conflict the slot would cause: `room_double_booking`, `person_double_booking`,
    `unavailable` (the moving session's person outside their windows) or `clash` (a session
    it must not overlap, either way round); `sessions` are the other sessions involved."""

    kind: ConflictKind
    message: str
    sessions: list[uuid.UUID] = msgspec.field(default_factory=list)
    room: str | None = None
    person: str | None = None


class SlotOut(msgspec.Struct):
    start: str
    end: str
    score: float
    asleep: list[str]
    # Clashes always; with ?conflicting=true also the room, people and availability conflicts
    # that otherwise leave the start out.
    conflicts: list[SlotConflictOut] = msgspec.field(default_factory=list)


class SlotsOut(msgspec.Struct):
    items: list[SlotOut]
    total: int
