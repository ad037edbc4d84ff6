"""Availability (issue 14): people may have windows (instants); a session or segment booking them
outside every window is a conflict of kind `unavailable`, at the booking's own precision."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from uuid import UUID

from domain_helpers import make_session
from hypothesis import given, settings
from hypothesis import strategies as st

from sessions.domain.clock import WallTime
from sessions.domain.conflicts import ConflictKind, find_conflicts, merged, uncovered
from sessions.domain.model import Interval, Person, PersonRole, Segment, SegmentKind, Session
from sessions.domain.zones import get_zone

UNAVAILABLE = ConflictKind.UNAVAILABLE


def riyadh(text: str) -> datetime:
    return datetime.fromisoformat(text + "+03:00").astimezone(UTC)


def window(a: str, b: str) -> Interval:
    return Interval(riyadh(a), riyadh(b))


def unavailable(sessions):
    return [c for c in find_conflicts(sessions) if c.kind is UNAVAILABLE]


def ana(*windows: Interval) -> Person:
    return Person("Ana Silva", PersonRole.SPEAKER, "ana@example.org", availability=windows)


def test_a_session_outside_every_window_is_unavailable_for_the_part_outside():
    # Ana is free 09:00-16:00 and 16:30-18:00 Riyadh time; TCCM runs 15:45-16:45.
    person = ana(
        window("2024-12-18T09:00", "2024-12-18T16:00"),
        window("2024-12-18T16:30", "2024-12-18T18:00"),
    )
    tccm = make_session("TCCM", "2024-12-18T15:45", "2024-12-18T16:45", people=(person,))
    (conflict,) = unavailable([tccm])
    assert conflict.person == "Ana Silva"
    assert conflict.sessions == (tccm,)
    assert (conflict.start, conflict.end) == (
        riyadh("2024-12-18T16:00"),
        riyadh("2024-12-18T16:30"),
    )
    assert (conflict.span.start, conflict.span.end) == (tccm.start_instant, tccm.end_instant)
    assert "30 min" in conflict.message and "TCCM" in conflict.message
    # Inside one window, or with no windows at all (always available): nothing.
    inside = make_session("Morning", "2024-12-18T09:00", "2024-12-18T16:00", people=(person,))
    assert unavailable([inside]) == []
    assert unavailable([replace(tccm, people=(ana(),))]) == []


def test_windows_that_touch_cover_the_instant_between_them():
    person = ana(
        window("2024-12-18T15:00", "2024-12-18T16:15"),
        window("2024-12-18T16:15", "2024-12-18T17:00"),
    )
    tccm = make_session("TCCM", "2024-12-18T15:45", "2024-12-18T16:45", people=(person,))
    assert unavailable([tccm]) == []


def test_a_segment_booking_is_checked_on_its_own_interval():
    """Named only on the online discussion (16:25-16:45), Ana need not be free for the rest."""
    person = ana(window("2024-12-18T16:20", "2024-12-18T17:00"))
    tccm = make_session("TCCM", "2024-12-18T15:45", "2024-12-18T16:45")
    plan = (
        Segment(SegmentKind.PRESENTATION, "Talk", timedelta(0), timedelta(minutes=40)),
        Segment(
            SegmentKind.DISCUSSION,
            "Discussion",
            timedelta(minutes=40),
            timedelta(minutes=60),
            people=(person,),
        ),
    )
    assert unavailable([replace(tccm, segments=plan)]) == []
    late = ana(window("2024-12-18T16:30", "2024-12-18T17:00"))
    plan = (plan[0], replace(plan[1], people=(late,)))
    (conflict,) = unavailable([replace(tccm, segments=plan)])
    assert (conflict.start, conflict.end) == (
        riyadh("2024-12-18T16:25"),
        riyadh("2024-12-18T16:30"),
    )
    assert [b.segment.title for b in conflict.segments] == ["Discussion"]


def test_a_persons_windows_hold_wherever_they_are_named():
    """Windows belong to the person (the event's), not to one mention of them."""
    person = ana(window("2024-12-18T09:00", "2024-12-18T12:00"))
    first = make_session("Morning", "2024-12-18T10:00", "2024-12-18T11:00", people=(person,))
    second = make_session(
        "Afternoon",
        "2024-12-18T14:00",
        "2024-12-18T15:00",
        people=(Person("Ana S.", PersonRole.MODERATOR, "ANA@example.org"),),
    )
    (conflict,) = unavailable([first, second])
    assert conflict.sessions == (second,)
    assert conflict.person == "Ana S."


# --- the property, against a minute-by-minute count ------------------------------

T0 = datetime(2025, 3, 30, 0, 0, tzinfo=UTC)  # Berlin's spring change is at 01:00 UTC
ZONE = get_zone("Europe/Berlin")


@st.composite
def cases(draw):
    windows = []
    for _ in range(draw(st.integers(0, 5))):
        a = draw(st.integers(0, 300))
        windows.append(
            Interval(
                T0 + timedelta(minutes=a), T0 + timedelta(minutes=a + draw(st.integers(1, 120)))
            )
        )
    start = draw(st.integers(0, 300))
    length = draw(st.integers(1, 120))
    return windows, start, length


@settings(max_examples=300, deadline=None)
@given(cases())
def test_unavailable_minutes_match_a_minute_count(case):
    windows, start, length = case
    person = Person("Bo", PersonRole.SPEAKER, availability=tuple(windows))
    session = Session(
        title="S",
        start=WallTime.from_instant(T0 + timedelta(minutes=start), ZONE),
        end=WallTime.from_instant(T0 + timedelta(minutes=start + length), ZONE),
        tracks=("in-person",),
        people=(person,),
        id=UUID(int=1),
    )
    outside = [
        m
        for m in range(start, start + length)
        if windows and not any(w.start <= T0 + timedelta(minutes=m) < w.end for w in windows)
    ]
    found = unavailable([session])
    if not outside:
        assert found == []
        return
    (conflict,) = found
    assert conflict.start == T0 + timedelta(minutes=outside[0])
    assert conflict.end == T0 + timedelta(minutes=outside[-1] + 1)
    gaps = uncovered(Interval(session.start_instant, session.end_instant), merged(windows))
    assert sum((g.end - g.start for g in gaps), timedelta()) == timedelta(minutes=len(outside))
    assert f"{len(outside)} min" in conflict.message
