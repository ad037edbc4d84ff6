"""The slot finder's per-start conflicts (issue 14), against a brute force that moves the session
to each start and checks every rule directly: room and people double-bookings (at segment
precision), availability, clash rules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID

from hypothesis import given, settings
from hypothesis import strategies as st

from sessions.domain.clock import WallTime
from sessions.domain.conflicts import ConflictKind as K
from sessions.domain.fairness import Audience, rank_slots
from sessions.domain.model import (
    Interval,
    Person,
    PersonRole,
    Segment,
    SegmentKind,
    Session,
    SessionStatus,
)
from sessions.domain.slot_conflicts import slot_blockers
from sessions.domain.zones import get_zone

DAY = datetime(2025, 3, 30, 0, 0, tzinfo=UTC)  # Berlin changes its clocks at 01:00 UTC
ZONE = get_zone("Europe/Berlin")
ROOMS = ["R1", " r1", "R2", None]
NAMES = [("Ana", None), ("ana", None), ("Bo", "bo@example.org")]
AUDIENCE = [Audience("Europe/Berlin", ZONE, 1.0)]
MOVING = UUID(int=999)


def key_of(name: str, email: str | None) -> str:
    return email.casefold() if email else " ".join(name.split()).casefold()


def at(minutes: int) -> WallTime:
    return WallTime.from_instant(DAY + timedelta(minutes=minutes), ZONE)


@st.composite
def people(draw, availability: bool = False):
    out = []
    for name, email in draw(st.lists(st.sampled_from(NAMES), max_size=2)):
        windows = None
        if availability and draw(st.booleans()):
            windows = []
            for _ in range(draw(st.integers(0, 3))):
                a = draw(st.integers(0, 24 * 60))
                windows.append(
                    Interval(
                        DAY + timedelta(minutes=a),
                        DAY + timedelta(minutes=a + draw(st.integers(1, 600))),
                    )
                )
            windows = tuple(windows)
        out.append(Person(name, PersonRole.SPEAKER, email, windows))
    return tuple(out)


@st.composite
def session(draw, i: int, sid: UUID, ids: list[UUID]) -> Session:
    start = draw(st.integers(0, 23 * 60))
    length = draw(st.integers(5, 180))
    segments = []
    for j in range(draw(st.integers(0, 3))):
        a = draw(st.integers(0, length - 1))
        b = draw(st.integers(a + 1, length))
        segments.append(
            Segment(
                SegmentKind.OTHER,
                f"S{i}.{j}",
                timedelta(minutes=a),
                timedelta(minutes=b),
                people=draw(people(availability=True)),
            )
        )
    return Session(
        title=f"S{i}",
        start=at(start),
        end=at(start + length),
        tracks=("in-person",),
        room=draw(st.sampled_from(ROOMS)),
        people=draw(people(availability=True)),
        segments=tuple(segments),
        status=draw(st.sampled_from([SessionStatus.CONFIRMED, SessionStatus.CANCELLED])),
        avoid_overlap_with=(
            tuple(draw(st.lists(st.sampled_from(ids), max_size=2, unique=True))) if ids else ()
        ),
        id=sid,
    )


@st.composite
def cases(draw):
    n = draw(st.integers(0, 6))
    ids = [UUID(int=i + 1) for i in range(n)] + [MOVING]
    others = [draw(session(i, ids[i], ids)) for i in range(n)]
    moving = draw(session(n, MOVING, ids[:-1]))
    room = draw(st.sampled_from(ROOMS))
    duration = draw(st.integers(5, 120))
    return others, moving, room, duration


def held(moving: Session, duration: int):
    """(key, name, from, to) in minutes after the start: the reference's own reading."""
    whole = {key_of(p.name, p.email) for p in moving.people}
    out = [(k, 0, duration) for k in whole]
    for seg in moving.segments:
        a, b = (
            int(seg.start_offset.total_seconds() // 60),
            int(seg.end_offset.total_seconds() // 60),
        )
        if a >= duration:
            continue
        for p in seg.people:
            if key_of(p.name, p.email) not in whole:
                out.append((key_of(p.name, p.email), a, min(b, duration)))
    return out


def bookings(s: Session):
    start = int((s.start.instant - DAY).total_seconds() // 60)
    end = int((s.end.instant - DAY).total_seconds() // 60)
    whole = {key_of(p.name, p.email) for p in s.people}
    out = [(k, start, end) for k in whole]
    for seg in s.segments:
        for p in seg.people:
            if key_of(p.name, p.email) not in whole:
                a = start + int(seg.start_offset.total_seconds() // 60)
                b = start + int(seg.end_offset.total_seconds() // 60)
                out.append((key_of(p.name, p.email), a, b))
    return out


def expected(others, moving, room, duration, start):
    """Every conflict of the moving session at `start` (minutes after DAY), as (kind, id)."""
    found = set()
    live = [o for o in others if o.status is not SessionStatus.CANCELLED]
    for o in live:
        a = int((o.start.instant - DAY).total_seconds() // 60)
        b = int((o.end.instant - DAY).total_seconds() // 60)
        overlap = a < start + duration and start < b
        norm = lambda r: " ".join((r or "").split()).casefold()  # noqa: E731
        if norm(room) and norm(o.room) == norm(room) and overlap:
            found.add((K.ROOM_DOUBLE_BOOKING, o.id))
        if overlap and (o.id in moving.avoid_overlap_with or MOVING in o.avoid_overlap_with):
            found.add((K.CLASH, o.id))
        for k, x, y in held(moving, duration):
            for k2, c, d in bookings(o):
                if k == k2 and start + x < d and c < start + y:
                    found.add((K.PERSON_DOUBLE_BOOKING, o.id))
    windows: dict[str, list[Interval]] = {}
    for s in [*others, moving]:
        for p in [*s.people, *(q for seg in s.segments for q in seg.people)]:
            if p.availability:
                windows.setdefault(key_of(p.name, p.email), []).extend(p.availability)
    for k, x, y in held(moving, duration):
        free = windows.get(k)
        if not free:
            continue
        for m in range(start + x, start + y):
            t = DAY + timedelta(minutes=m)
            if not any(w.start <= t < w.end for w in free):
                found.add((K.UNAVAILABLE, None))
                break
    return found


@settings(max_examples=150, deadline=None)
@given(cases())
def test_each_start_lists_exactly_the_conflicts_moving_there_would_cause(case):
    others, moving, room, duration = case
    every = [*others, moving]
    blockers = slot_blockers(every, timedelta(minutes=duration), room=room, moving=moving)
    step = timedelta(minutes=30)
    slots = rank_slots(
        AUDIENCE,
        DAY,
        DAY + timedelta(days=1),
        timedelta(minutes=duration),
        step,
        blockers=blockers,
        keep_conflicting=True,
    )
    assert len(slots) == 48
    for slot in slots:
        start = int((slot.start - DAY).total_seconds() // 60)
        got = set()
        for c in slot.conflicts:
            got |= {(c.kind, s.id) for s in c.sessions} if c.sessions else {(c.kind, None)}
        assert got == expected(others, moving, room, duration, start), slot.start
    # Without keep_conflicting: the starts left are those without room, people or availability
    # conflicts, and each lists its clashes only.
    offered = rank_slots(
        AUDIENCE,
        DAY,
        DAY + timedelta(days=1),
        timedelta(minutes=duration),
        step,
        blockers=blockers,
    )
    leaving = {K.ROOM_DOUBLE_BOOKING, K.PERSON_DOUBLE_BOOKING, K.UNAVAILABLE}
    want = {
        s.start: {
            (k, i)
            for k, i in expected(
                others, moving, room, duration, int((s.start - DAY).total_seconds() // 60)
            )
            if k is K.CLASH
        }
        for s in slots
        if not {
            k
            for k, _ in expected(
                others, moving, room, duration, int((s.start - DAY).total_seconds() // 60)
            )
        }
        & leaving
    }
    assert {s.start: {(c.kind, c.sessions[0].id) for c in s.conflicts} for s in offered} == want


def test_a_session_with_nothing_to_respect_has_every_start_and_no_conflicts():
    moving = Session("M", at(600), at(660), ("in-person",), id=MOVING)
    blockers = slot_blockers([moving], timedelta(hours=1), room="R1", moving=moving)
    assert blockers == []
    slots = rank_slots(
        AUDIENCE,
        DAY,
        DAY + timedelta(days=1),
        timedelta(hours=1),
        timedelta(minutes=5),
        blockers=blockers,
    )
    assert len(slots) == 288 and all(s.conflicts == () for s in slots)
