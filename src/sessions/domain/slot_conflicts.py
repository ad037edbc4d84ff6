"""What a candidate slot would cause: the conflicts of putting a session (or a booking of a room)
at each start the slot finder tries.

Every rule becomes a few **blockers**: an open range of starts (`after`, `before`) that would
cause one conflict. A booking held from `a` to `b` after the start overlaps a busy interval
[c, d) exactly for starts in (c - b, d - a); it lies inside an availability window [u, v)
exactly for starts in [u - a, v - b], so the starts outside every window are the open gaps
between those ranges. The slot finder then maps each blocker onto its run of candidate starts
by arithmetic (they are evenly spaced): O(blockers + starts + listed conflicts), with no loop
over sessions per start.

Room, people double-bookings and availability leave a start out (PRODUCT.md, the slot
finder); a clash rule (`avoid_overlap_with`) is listed with the slot, never hides it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sessions.domain.conflicts import (
    ConflictKind,
    availability_by_person,
    booking_label,
    people_bookings,
)
from sessions.domain.model import Segment, Session, SessionStatus

# Starts far outside any day: the open ends of "unavailable before the first window".
_EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
_LATEST = datetime(3000, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class SlotConflict:
    """One conflict a slot would cause, with the sessions it is about."""

    kind: ConflictKind
    message: str
    sessions: tuple[Session, ...] = ()
    room: str | None = None
    person: str | None = None


@dataclass(frozen=True, slots=True)
class Blocker:
    """Starts strictly after `after` and strictly before `before` cause `conflict`;
    `leaves_out`: such a start is not offered (else it is offered with the conflict)."""

    after: datetime
    before: datetime
    conflict: SlotConflict
    leaves_out: bool = True


@dataclass(frozen=True, slots=True)
class _Held:
    """A person held by the moving session: from `start` to `end` after its start."""

    start: timedelta
    end: timedelta
    name: str
    segment: Segment | None


def _room_key(room: str | None) -> str:
    return " ".join((room or "").split()).casefold()


def _held(moving: Session, duration: timedelta) -> dict[str, list[_Held]]:
    """The moving session's people at segment precision, as offsets from its (new) start:
    named on the session, for all of it; named only on segments, for those (cut at
    `duration` when the slot is shorter than the plan)."""
    whole = {p.key: p.name for p in moving.people}
    out: dict[str, list[_Held]] = {
        k: [_Held(timedelta(0), duration, n, None)] for k, n in whole.items()
    }
    for segment in moving.segments:
        if segment.start_offset >= duration:
            continue
        end = min(segment.end_offset, duration)
        named: set[str] = set()
        for person in segment.people:
            if person.key in whole or person.key in named:
                continue
            named.add(person.key)
            out.setdefault(person.key, []).append(
                _Held(segment.start_offset, end, person.name, segment)
            )
    return out


def _what(held: _Held, moving: Session) -> str:
    return (
        repr(moving.title)
        if held.segment is None
        else f"{held.segment.title!r} in {moving.title!r}"
    )


def slot_blockers(
    sessions: Iterable[Session],
    duration: timedelta,
    *,
    room: str | None = None,
    moving: Session | None = None,
) -> list[Blocker]:
    """The blockers for a slot of `duration` among `sessions` (the event's; the moving
    session itself, when given, never counts against itself).

    With `room`: the room's other bookings. With `moving`: its people's other bookings (at
    segment precision on both sides), their availability, and its clash rules (either way:
    sessions it avoids and sessions that avoid it).
    """
    every = list(sessions)
    others = [
        s
        for s in every
        if s.status is not SessionStatus.CANCELLED and (moving is None or s.id != moving.id)
    ]
    blockers: list[Blocker] = []
    key = _room_key(room)
    if key:
        for other in others:
            if _room_key(other.room) == key:
                blockers.append(
                    Blocker(
                        other.start_instant - duration,
                        other.end_instant,
                        SlotConflict(
                            ConflictKind.ROOM_DOUBLE_BOOKING,
                            f"{room!r} is booked for {other.title!r}",
                            (other,),
                            room=room,
                        ),
                    )
                )
    if moving is None:
        return blockers
    mine = _held(moving, duration)
    theirs = people_bookings(others)
    for person, held in mine.items():
        for h in held:
            for booking in theirs.get(person, ()):
                blockers.append(
                    Blocker(
                        booking.interval.start - h.end,
                        booking.interval.end - h.start,
                        SlotConflict(
                            ConflictKind.PERSON_DOUBLE_BOOKING,
                            f"{h.name} would be in {_what(h, moving)} and "
                            f"{booking_label(booking)} at once",
                            (booking.session,),
                            person=h.name,
                        ),
                    )
                )
    windows = availability_by_person(every)
    for person, held in mine.items():
        free = windows.get(person)
        if not free:
            continue  # no windows: no limit
        for h in held:
            conflict = SlotConflict(
                ConflictKind.UNAVAILABLE,
                f"{h.name} is not available for all of {_what(h, moving)}",
                person=h.name,
            )
            # Starts that keep [start + h.start, start + h.end) inside one window.
            fits = [
                (w.start - h.start, w.end - h.end)
                for w in free
                if w.end - h.end >= w.start - h.start
            ]
            previous = _EARLIEST
            for lo, hi in fits:
                if lo > previous:
                    blockers.append(Blocker(previous, lo, conflict))
                previous = hi
            blockers.append(Blocker(previous, _LATEST, conflict))
    avoided = set(moving.avoid_overlap_with)
    for other in others:
        if other.id in avoided or (moving.id is not None and moving.id in other.avoid_overlap_with):
            blockers.append(
                Blocker(
                    other.start_instant - duration,
                    other.end_instant,
                    SlotConflict(
                        ConflictKind.CLASH,
                        f"{moving.title!r} must not overlap {other.title!r}",
                        (other,),
                    ),
                    leaves_out=False,
                )
            )
    return blockers


def starts_blocked(blocker: Blocker, first: datetime, step: timedelta, count: int) -> range:
    """The indexes i of the starts first + i * step (0 <= i < count) strictly inside
    the blocker's range."""
    low = (blocker.after - first) // step + 1  # the first start after `after`
    high = -((first - blocker.before) // step)  # the first start at or after `before`
    return range(max(0, low), min(count, high))


__all__ = ["Blocker", "SlotConflict", "slot_blockers", "starts_blocked"]
