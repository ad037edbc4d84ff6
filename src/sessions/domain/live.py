"""Live state: the day as it actually runs, as an overlay on the published plan."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import datetime, timedelta

from sessions.domain.errors import InvalidInput
from sessions.domain.model import Segment, Session

MAX_LATE_MINUTES = 12 * 60


def minutes_late(planned: datetime, actual: datetime) -> int:
    """Whole minutes `actual` is after `planned`, rounded up; early is on time (0)."""
    seconds = (actual - planned).total_seconds()
    return min(MAX_LATE_MINUTES, max(0, math.ceil(seconds / 60)))


def expected(moment: datetime, late: int) -> datetime:
    return moment + timedelta(minutes=late)


def delay_rest(
    session: Session, now: datetime, minutes: int
) -> tuple[datetime, tuple[Segment, ...]]:
    """Push what is left of a session's plan back by `minutes`; returns its new end and plan.

    Segments already over stay; a segment under way runs `minutes` longer; the
    ones not yet started move. The session ends `minutes` later. Segments are
    elapsed offsets from the start, so only offsets after `now` change.
    """
    if not 1 <= minutes <= MAX_LATE_MINUTES:
        raise InvalidInput.single("minutes", f"must be between 1 and {MAX_LATE_MINUTES}", minutes)
    if now >= session.end_instant:
        raise InvalidInput.single("minutes", "the session is over; move it instead", minutes)
    shift = timedelta(minutes=minutes)
    elapsed = now - session.start_instant
    plan = []
    for seg in session.segments:
        if seg.end_offset <= elapsed:
            plan.append(seg)
        elif seg.start_offset < elapsed:
            plan.append(replace(seg, end_offset=seg.end_offset + shift))
        else:
            plan.append(
                replace(
                    seg, start_offset=seg.start_offset + shift, end_offset=seg.end_offset + shift
                )
            )
    return session.end_instant + shift, tuple(plan)
