"""Live controls: how late a track runs, and delays that become real changes."""

from __future__ import annotations

from typing import Annotated

import msgspec

from sessions.domain.live import MAX_LATE_MINUTES
from sessions.http.schemas.common import Instant

Minutes = Annotated[int, msgspec.Meta(ge=0, le=MAX_LATE_MINUTES, description="Whole minutes")]


class LateIn(msgspec.Struct, forbid_unknown_fields=True):
    minutes: Minutes


class DelayIn(msgspec.Struct, forbid_unknown_fields=True):
    minutes: Annotated[int, msgspec.Meta(ge=1, le=MAX_LATE_MINUTES, description="Whole minutes")]


class TrackLiveOut(msgspec.Struct):
    track: str
    late_minutes: int
    updated_at: Instant | None


class LiveStateOut(msgspec.Struct):
    event: str
    late: dict[str, int]  # track slug -> minutes late (tracks on time are absent)
