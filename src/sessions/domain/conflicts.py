"""Conflicts an organiser should see: reported, never refused (time rule 5)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sessions.domain.model import Interval, Session, SessionStatus


class ConflictKind(StrEnum):
    ROOM_DOUBLE_BOOKING = "room_double_booking"
    PERSON_DOUBLE_BOOKING = "person_double_booking"
    GAP = "gap"


@dataclass(frozen=True, slots=True)
class Conflict:
    kind: ConflictKind
    message: str
    sessions: tuple[Session, ...]
    start: datetime  # UTC
    end: datetime
    room: str | None = None
    person: str | None = None
    track: str | None = None


def _overlapping_pairs(
    items: list[tuple[Interval, Session]],
) -> Iterable[tuple[Session, Session, Interval]]:
    """Sweep by start: O(n log n + pairs) rather than comparing every pair."""
    items.sort(key=lambda item: (item[0].start, item[0].end))
    active: list[tuple[Interval, Session]] = []
    for interval, session in items:
        active = [(iv, s) for iv, s in active if iv.end > interval.start]
        for other_interval, other in active:
            yield other, session, other_interval.intersection(interval)
        active.append((interval, session))


def _double_bookings(
    sessions: list[Session],
    keys: Callable[[Session], Iterable[tuple[str, str]]],
) -> Iterable[tuple[str, str, Session, Session, Interval]]:
    groups: dict[str, list[tuple[Interval, Session]]] = defaultdict(list)
    labels: dict[str, str] = {}
    for session in sessions:
        interval = Interval(session.start_instant, session.end_instant)
        for key, label in keys(session):
            groups[key].append((interval, session))
            labels.setdefault(key, label)
    for key in sorted(groups):
        for first, second, overlap in _overlapping_pairs(groups[key]):
            yield key, labels[key], first, second, overlap


def find_conflicts(sessions: Iterable[Session]) -> list[Conflict]:
    live = [s for s in sessions if s.status is not SessionStatus.CANCELLED]
    conflicts: list[Conflict] = []

    def rooms(session: Session) -> Iterable[tuple[str, str]]:
        if session.room and session.room.strip():
            yield " ".join(session.room.split()).casefold(), session.room

    for _, room, first, second, overlap in _double_bookings(live, rooms):
        conflicts.append(
            Conflict(
                ConflictKind.ROOM_DOUBLE_BOOKING,
                f"{room!r} is booked twice: {first.title!r} and {second.title!r} overlap",
                (first, second),
                overlap.start,
                overlap.end,
                room=room,
            )
        )

    def people(session: Session) -> Iterable[tuple[str, str]]:
        yield from {p.key: p.name for p in session.people}.items()

    for _, name, first, second, overlap in _double_bookings(live, people):
        conflicts.append(
            Conflict(
                ConflictKind.PERSON_DOUBLE_BOOKING,
                f"{name} is in two sessions at once: {first.title!r} and {second.title!r}",
                (first, second),
                overlap.start,
                overlap.end,
                person=name,
            )
        )

    for session in sorted(live, key=lambda s: s.start_instant):
        conflicts.extend(_plan_gaps(session))
    conflicts.sort(key=lambda c: (c.start, c.kind, c.message))
    return conflicts


def _plan_gaps(session: Session) -> Iterable[Conflict]:
    """Stretches of a planned session in which a track has no segment."""
    if not session.segments:
        return
    for track in session.tracks:
        cursor = session.start_instant
        gaps: list[Interval] = []
        for seg in sorted(session.segments_for(track), key=lambda s: s.start_offset):
            start = session.segment_start(seg)
            if start > cursor:
                gaps.append(Interval(cursor, start))
            cursor = max(cursor, session.segment_end(seg))
        if cursor < session.end_instant:
            gaps.append(Interval(cursor, session.end_instant))
        for gap in gaps:
            minutes = int((gap.end - gap.start).total_seconds() // 60)
            yield Conflict(
                ConflictKind.GAP,
                f"track {track!r} has nothing planned for {minutes} min in {session.title!r}",
                (session,),
                gap.start,
                gap.end,
                track=track,
            )
