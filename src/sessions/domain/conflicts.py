"""Conflicts an organiser should see: reported, never refused (time rule 5).

Double bookings come as **runs**: a maximal chain of bookings of one room (or
of one person) in which each overlaps the next is one conflict, however many
sessions it holds, rather than one conflict per overlapping pair. Ten
thousand sessions stacked in one room are one conflict naming the first
`LISTED` of them and counting all of them, not fifty million pairs.

People are booked at segment precision: a person named on the session is
booked for the whole session; a person named only on some of its segments
(the online lane's facilitator, a breakout's moderator) is booked for those
segments' own intervals. So a facilitator on the online discussion of one
session and the in-person networking of another at the same time is a
double booking, across lanes and sessions, while the same person on two
segments of overlapping sessions that do not themselves overlap is not.

Found with a sweep over the bookings sorted by start: O(n log n) time and
O(n) memory in the number of bookings, whatever the number of overlapping
pairs. Gaps in a track's plan are reported one per gap, as before.

Clash rules (`Session.avoid_overlap_with`) are checked pair by pair: one
`clash` per pair of live sessions that overlap while either lists the other,
O(r) in the number of rules.

Availability (`Person.availability`, the person's windows in the event) is
checked per person booking, at the same precision as double bookings: one
`unavailable` per booking that reaches outside every window, from its first
uncovered instant to its last. Windows are merged once per person and each
booking bisects into them: O(b log w).
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sessions.domain.model import Interval, Segment, Session, SessionStatus

# A run names at most this many of its sessions (the earliest); `count` says how many it holds.
LISTED = 50


class ConflictKind(StrEnum):
    ROOM_DOUBLE_BOOKING = "room_double_booking"
    PERSON_DOUBLE_BOOKING = "person_double_booking"
    GAP = "gap"
    CLASH = "clash"
    UNAVAILABLE = "unavailable"


@dataclass(frozen=True, slots=True)
class Conflict:
    """One conflict. Instants are UTC.

    For a double booking, `start`/`end` run from the first instant the room
    (or person) is booked twice to the last (for two sessions: their
    overlap), `span` from the first booking's start to the last one's end,
    `count` is the number of bookings in the run (sessions; for a person,
    sessions or segments) and `sessions` the first `LISTED` of the sessions
    they belong to, each once, in start order. `segments` are the listed
    bookings that are single segments (a person named on a segment only).
    For a gap, `start`/`end` are the gap, `span` its session and `count` 1.
    """

    kind: ConflictKind
    message: str
    sessions: tuple[Session, ...]
    start: datetime
    end: datetime
    count: int
    span: Interval
    room: str | None = None
    person: str | None = None
    track: str | None = None
    segments: tuple[SegmentBooking, ...] = ()


@dataclass(frozen=True, slots=True)
class SegmentBooking:
    """One segment of a session, at its own instants (UTC), as a conflict names it."""

    session: Session
    segment: Segment
    interval: Interval


@dataclass(frozen=True, slots=True)
class Run:
    """A maximal chain of overlapping intervals (a connected component of the overlap graph).

    `members` are indexes into the sweep's input, ordered by (start, end, index);
    a run always has at least two.
    """

    members: tuple[int, ...]
    span: Interval  # the first start to the last end
    overlap: Interval  # the first instant covered twice to the last


def overlap_runs(intervals: Sequence[Interval]) -> list[Run]:
    """Every run of two or more overlapping half-open intervals, in start order.

    Sort by start, then sweep keeping the furthest end seen: an interval that
    starts before it joins the current run, one that starts at or after it
    (half-open: touching is not overlapping) closes the run and opens the next.
    O(n log n) for the sort, O(n) for the sweep.
    """
    runs: list[Run] = []
    if not intervals:
        return runs
    order = sorted(range(len(intervals)), key=lambda i: (intervals[i].start, intervals[i].end, i))
    members = [order[0]]
    span_start, furthest = intervals[order[0]].start, intervals[order[0]].end
    overlap_start = overlap_end = span_start  # meaningful once a second member joins
    for i in order[1:]:
        interval = intervals[i]
        if interval.start < furthest:
            # It overlaps the interval that reaches `furthest`, which is still on: booked
            # twice from its start until the earlier of their ends.
            shared_end = min(interval.end, furthest)
            if len(members) == 1:
                overlap_start, overlap_end = interval.start, shared_end
            else:
                overlap_end = max(overlap_end, shared_end)
            furthest = max(furthest, interval.end)
            members.append(i)
            continue
        if len(members) > 1:
            runs.append(
                Run(
                    tuple(members),
                    Interval(span_start, furthest),
                    Interval(overlap_start, overlap_end),
                )
            )
        members = [i]
        span_start, furthest = interval.start, interval.end
    if len(members) > 1:
        runs.append(
            Run(
                tuple(members), Interval(span_start, furthest), Interval(overlap_start, overlap_end)
            )
        )
    return runs


@dataclass(frozen=True, slots=True)
class _Booking:
    interval: Interval
    session: Session


@dataclass(frozen=True, slots=True)
class PersonBooking:
    """A person held for `interval`: a whole session (`segment` None) or one of its segments."""

    interval: Interval
    session: Session
    segment: Segment | None
    name: str  # as this booking writes it


def _titles(sessions: Sequence[Session], count: int, shown: int = 3) -> str:
    """'A', 'B' and 'C'; 'A', 'B', 'C' and 7 more: bounded, however long the run."""
    return _listing([repr(s.title) for s in sessions[:shown]], count)


def _listing(names: Sequence[str], count: int) -> str:
    if count > len(names):
        return f"{', '.join(names)} and {count - len(names)} more"
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _room_message(room: str, listed: Sequence[Session], count: int) -> str:
    if count == 2:
        return f"{room!r} is booked twice: {listed[0].title!r} and {listed[1].title!r} overlap"
    return f"{room!r} has {count} overlapping bookings: {_titles(listed, count)}"


def _booking_label(booking: PersonBooking) -> str:
    if booking.segment is None:
        return repr(booking.session.title)
    return f"{booking.segment.title!r} in {booking.session.title!r}"


def _person_message(name: str, listed: Sequence[PersonBooking], count: int) -> str:
    if all(b.segment is None for b in listed):
        sessions = [b.session for b in listed]
        if count == 2:
            return (
                f"{name} is in two sessions at once: {sessions[0].title!r} and "
                f"{sessions[1].title!r}"
            )
        return f"{name} is in {count} overlapping sessions: {_titles(sessions, count)}"
    labels = [_booking_label(b) for b in listed]
    if count == 2:
        return f"{name} is booked twice at once: {labels[0]} and {labels[1]}"
    return f"{name} has {count} overlapping bookings: {_listing(labels, count)}"


def _room_double_bookings(bookings: list[_Booking], listed: int) -> Iterable[Conflict]:
    """One conflict per run of overlapping bookings of one room."""
    groups: dict[str, list[_Booking]] = defaultdict(list)
    for booking in bookings:
        room = booking.session.room
        if room and room.strip():
            key = " ".join(room.split()).casefold()
            groups[key].append(booking)
    for key in sorted(groups):
        group = groups[key]
        for run in overlap_runs([b.interval for b in group]):
            # Named as the run's first session writes it ("Workshop Room 2").
            label = group[run.members[0]].session.room or key
            count = len(run.members)
            shown = tuple(group[i].session for i in run.members[:listed])
            named = [group[i].session for i in run.members[:3]]
            yield Conflict(
                ConflictKind.ROOM_DOUBLE_BOOKING,
                _room_message(label, named, count),
                shown,
                run.overlap.start,
                run.overlap.end,
                count,
                run.span,
                room=label,
            )


def person_bookings(bookings: Iterable[_Booking]) -> dict[str, list[PersonBooking]]:
    """Per person key, what holds them: each session naming them (whole), and each segment
    naming someone the session itself does not (the segment's own interval)."""
    groups: dict[str, list[PersonBooking]] = defaultdict(list)
    for booking in bookings:
        session, span = booking.session, booking.interval
        # One booking per person, however many roles they hold in the session.
        whole = {p.key: p.name for p in session.people}
        for key, name in whole.items():
            groups[key].append(PersonBooking(span, session, None, name))
        for segment in session.segments:
            named: set[str] = set()
            for person in segment.people:
                key = person.key
                if key in whole or key in named:
                    continue
                named.add(key)
                interval = Interval(
                    span.start + segment.start_offset, span.start + segment.end_offset
                )
                groups[key].append(PersonBooking(interval, session, segment, person.name))
    return groups


def people_bookings(sessions: Iterable[Session]) -> dict[str, list[PersonBooking]]:
    """What holds each person across `sessions` (cancelled ones hold no one), as conflicts
    see it: whole sessions, and segments naming someone their session does not."""
    live = [s for s in sessions if s.status is not SessionStatus.CANCELLED]
    return person_bookings([_Booking(Interval(s.start_instant, s.end_instant), s) for s in live])


def booking_label(booking: PersonBooking) -> str:
    """'Session', or 'Segment' in 'Session'."""
    return _booking_label(booking)


def _person_double_bookings(
    groups: dict[str, list[PersonBooking]], listed: int
) -> Iterable[Conflict]:
    """One conflict per run of overlapping bookings of one person."""
    for key in sorted(groups):
        group = groups[key]
        for run in overlap_runs([b.interval for b in group]):
            members = [group[i] for i in run.members]
            label = members[0].name  # as the run's first booking writes it ("Ana Silva")
            sessions: dict[object, Session] = {}
            for b in members:
                sessions.setdefault(b.session.id or id(b.session), b.session)
            shown = members[:listed]
            yield Conflict(
                ConflictKind.PERSON_DOUBLE_BOOKING,
                _person_message(label, members[:3], len(members)),
                tuple(sessions.values())[:listed],
                run.overlap.start,
                run.overlap.end,
                len(members),
                run.span,
                person=label,
                segments=tuple(
                    SegmentBooking(b.session, b.segment, b.interval)
                    for b in shown
                    if b.segment is not None
                ),
            )


def _order(conflict: Conflict) -> tuple:
    first = conflict.sessions[0] if conflict.sessions else None
    return (
        conflict.start,
        conflict.kind,
        conflict.end,
        (conflict.room or conflict.person or conflict.track or "").casefold(),
        str(first.id) if first else "",
    )


def find_conflicts(sessions: Iterable[Session], *, listed: int = LISTED) -> list[Conflict]:
    """Room and person double bookings (as runs) and gaps in plans, in time order.

    Cancelled sessions hold nothing. The result does not depend on the order
    of `sessions`. O(b log b) in the number of bookings b (sessions plus
    session-person and segment-person links) plus the size of the segment plans.
    """
    if listed < 1:
        raise ValueError("a conflict lists at least one session")
    every = list(sessions)
    live = [s for s in every if s.status is not SessionStatus.CANCELLED]
    # Instants are derived from wall time and zone: work each out once.
    bookings = [_Booking(Interval(s.start_instant, s.end_instant), s) for s in live]
    bookings.sort(
        key=lambda b: (b.interval.start, b.interval.end, str(b.session.id), b.session.title)
    )
    conflicts: list[Conflict] = []
    conflicts.extend(_room_double_bookings(bookings, listed))
    people = person_bookings(bookings)
    conflicts.extend(_person_double_bookings(people, listed))
    for booking in bookings:
        conflicts.extend(_plan_gaps(booking.session, booking.interval))
    conflicts.extend(_clashes(bookings))
    # Cancelled sessions hold no one, but still say when their people are free.
    conflicts.extend(_unavailable(people, availability_by_person(every)))
    conflicts.sort(key=_order)
    return conflicts


def merged(windows: Iterable[Interval]) -> list[Interval]:
    """Windows sorted and joined where they overlap or touch (half-open: [a, b) + [b, c))."""
    out: list[Interval] = []
    for w in sorted(windows, key=lambda w: (w.start, w.end)):
        if w.end <= w.start:
            continue
        if out and w.start <= out[-1].end:
            if w.end > out[-1].end:
                out[-1] = Interval(out[-1].start, w.end)
        else:
            out.append(w)
    return out


def uncovered(interval: Interval, windows: Sequence[Interval]) -> list[Interval]:
    """The parts of `interval` outside every window (`windows` merged, as `merged` gives)."""
    starts = [w.start for w in windows]
    # The first window that could cover `interval.start`: the last one starting at or before it.
    i = max(0, bisect.bisect_right(starts, interval.start) - 1)
    cursor, out = interval.start, []
    while cursor < interval.end and i < len(windows):
        w = windows[i]
        if w.end <= cursor:
            i += 1
            continue
        if w.start >= interval.end:
            break
        if w.start > cursor:
            out.append(Interval(cursor, w.start))
        cursor = max(cursor, w.end)
        i += 1
    if cursor < interval.end:
        out.append(Interval(cursor, interval.end))
    return out


def availability_by_person(sessions: Iterable[Session]) -> dict[str, list[Interval]]:
    """Each person's windows (merged), from whichever mentions of them carry windows."""
    windows: dict[str, list[Interval]] = defaultdict(list)
    for session in sessions:
        mentions = [*session.people, *(p for seg in session.segments for p in seg.people)]
        for person in mentions:
            if person.availability:
                windows[person.key].extend(person.availability)
    return {key: merged(found) for key, found in windows.items()}


def _minutes(length: timedelta) -> int:
    return math.ceil(length.total_seconds() / 60)


def _unavailable(
    groups: dict[str, list[PersonBooking]], windows: dict[str, list[Interval]]
) -> Iterable[Conflict]:
    """One `unavailable` per booking of a person reaching outside all of their windows."""
    for key in sorted(groups):
        held = windows.get(key)
        if not held:
            continue  # no windows: no limit
        for booking in groups[key]:
            outside = uncovered(booking.interval, held)
            if not outside:
                continue
            total = sum((o.end - o.start for o in outside), timedelta(0))
            yield Conflict(
                ConflictKind.UNAVAILABLE,
                f"{booking.name} is not available for {_minutes(total)} min of "
                f"{_booking_label(booking)}",
                (booking.session,),
                outside[0].start,
                outside[-1].end,
                1,
                booking.interval,
                person=booking.name,
                segments=(
                    (SegmentBooking(booking.session, booking.segment, booking.interval),)
                    if booking.segment is not None
                    else ()
                ),
            )


def _clashes(bookings: Sequence[_Booking]) -> Iterable[Conflict]:
    """One `clash` per pair of overlapping live sessions either of which lists the other."""
    by_id = {b.session.id: b for b in bookings if b.session.id is not None}
    seen: set[frozenset] = set()
    for booking in bookings:
        for other_id in booking.session.avoid_overlap_with:
            other = by_id.get(other_id)
            if other is None or other is booking:
                continue
            pair = frozenset((booking.session.id, other_id))
            if pair in seen or not booking.interval.overlaps(other.interval):
                continue
            seen.add(pair)
            yield clash(booking.session, booking.interval, other.session, other.interval)


def clash(
    session: Session, interval: Interval, other: Session, other_interval: Interval
) -> Conflict:
    """`session` (which lists `other` as one to avoid, or is listed by it) overlaps `other`."""
    first, second = sorted(
        ((session, interval), (other, other_interval)),
        key=lambda p: (p[1].start, p[1].end, str(p[0].id)),
    )
    shared = interval.intersection(other_interval)
    return Conflict(
        ConflictKind.CLASH,
        f"{session.title!r} must not overlap {other.title!r}",
        (first[0], second[0]),
        shared.start,
        shared.end,
        2,
        Interval(first[1].start, max(interval.end, other_interval.end)),
    )


def count_by_kind(conflicts: Iterable[Conflict]) -> dict[ConflictKind, int]:
    """How many conflicts of each kind, every kind named (0 when there are none)."""
    counts = dict.fromkeys(ConflictKind, 0)
    for conflict in conflicts:
        counts[conflict.kind] += 1
    return counts


def _plan_gaps(session: Session, span: Interval) -> Iterable[Conflict]:
    """Stretches of a planned session in which a track has no segment."""
    if not session.segments:
        return
    for track in session.tracks:
        cursor = span.start
        gaps: list[Interval] = []
        for seg in sorted(session.segments_for(track), key=lambda s: s.start_offset):
            start = span.start + seg.start_offset
            if start > cursor:
                gaps.append(Interval(cursor, start))
            cursor = max(cursor, span.start + seg.end_offset)
        if cursor < span.end:
            gaps.append(Interval(cursor, span.end))
        for gap in gaps:
            minutes = int((gap.end - gap.start).total_seconds() // 60)
            yield Conflict(
                ConflictKind.GAP,
                f"track {track!r} has nothing planned for {minutes} min in {session.title!r}",
                (session,),
                gap.start,
                gap.end,
                1,
                span,
                track=track,
            )
