"""Double bookings as runs, checked against a brute-force reference that compares every pair.

The reference is O(n²) and shares nothing with the sweep: it tests each pair
with the half-open rule, joins overlapping pairs with a union-find, and reads
the runs off the connected components.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from uuid import UUID

from hypothesis import given, settings
from hypothesis import strategies as st

from sessions.domain.clock import WallTime
from sessions.domain.conflicts import ConflictKind, count_by_kind, find_conflicts, overlap_runs
from sessions.domain.model import Interval, Person, PersonRole, Session, SessionStatus
from sessions.domain.zones import get_zone

ROOM = ConflictKind.ROOM_DOUBLE_BOOKING
PERSON = ConflictKind.PERSON_DOUBLE_BOOKING
T0 = datetime(2025, 3, 29, 22, 0)  # wall time in Berlin: the run crosses the 30 March change
ZONE = get_zone("Europe/Berlin")
ROOMS = ["R1", "r1 ", "R2", None, "  "]  # "R1" and "r1 " are one room; None and blank are none
PEOPLE = [("Ana", None), ("ana", None), ("Bo", "bo@example.org"), ("B. O.", "BO@example.org")]


def wall(minutes: int) -> WallTime:
    """Whole minutes from T0 as a UTC instant, written as Berlin wall time (no fold issues)."""
    instant = T0.replace(tzinfo=UTC) + timedelta(minutes=minutes)
    return WallTime.from_instant(instant, ZONE)


@st.composite
def schedules(draw, max_size: int = 14) -> list[Session]:
    n = draw(st.integers(0, max_size))
    sessions = []
    for i in range(n):
        start = draw(st.integers(0, 240))
        length = draw(st.integers(1, 90))
        people = draw(st.lists(st.sampled_from(PEOPLE), max_size=3))
        sessions.append(
            Session(
                title=f"S{i}",
                start=wall(start),
                end=wall(start + length),
                tracks=("in-person",),
                room=draw(st.sampled_from(ROOMS)),
                people=tuple(Person(name, PersonRole.SPEAKER, email) for name, email in people),
                status=draw(st.sampled_from(list(SessionStatus))),
                id=UUID(int=i + 1),
            )
        )
    return sessions


# --- the reference -------------------------------------------------------------


def room_key(session: Session) -> set[str]:
    if session.room is None or not session.room.strip():
        return set()
    return {" ".join(session.room.split()).casefold()}


def person_keys(session: Session) -> set[str]:
    return {p.key for p in session.people}


def reference_runs(sessions: list[Session], keys) -> dict[str, list[frozenset[UUID]]]:
    """Per key: the connected components (of two or more) of the pairwise-overlap graph."""
    live = [s for s in sessions if s.status is not SessionStatus.CANCELLED]
    by_key: dict[str, list[Session]] = defaultdict(list)
    for s in live:
        for key in keys(s):
            by_key[key].append(s)
    out: dict[str, list[frozenset[UUID]]] = {}
    for key, group in by_key.items():
        parent = {s.id: s.id for s in group}

        def find(x, parent=parent):
            while parent[x] != x:
                x = parent[x]
            return x

        for a in group:
            for b in group:
                if a.id != b.id and (
                    a.start_instant < b.end_instant and b.start_instant < a.end_instant
                ):
                    parent[find(a.id)] = find(b.id)
        components: dict[UUID, set[UUID]] = defaultdict(set)
        for s in group:
            components[find(s.id)].add(s.id)  # type: ignore[index, arg-type]
        runs = [frozenset(c) for c in components.values() if len(c) > 1]
        if runs:
            out[key] = runs
    return out


def overlapping_pairs(sessions: list[Session], ids: frozenset[UUID]) -> list[tuple]:
    group = [s for s in sessions if s.id in ids]
    return [
        (a, b)
        for i, a in enumerate(group)
        for b in group[i + 1 :]
        if a.start_instant < b.end_instant and b.start_instant < a.end_instant
    ]


def conflict_key(c) -> str:
    """The reference's key for a conflict's room or person (PEOPLE's names are distinct)."""
    if c.kind is ROOM:
        return " ".join(c.room.split()).casefold()
    return next(p.key for p in c.sessions[0].people if p.name == c.person)


def found_runs(conflicts, kind) -> dict[str, list]:
    out: dict[str, list] = defaultdict(list)
    for c in conflicts:
        if c.kind is kind:
            out[conflict_key(c)].append(c)
    return out


# --- properties ----------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(schedules(), st.integers(1, 4))
def test_runs_are_exactly_the_components_of_the_overlap_graph(sessions, listed) -> None:
    conflicts = find_conflicts(sessions, listed=listed)
    by_id = {s.id: s for s in sessions}
    for kind, keys in ((ROOM, room_key), (PERSON, person_keys)):
        expected = reference_runs(sessions, keys)
        found = found_runs(conflicts, kind)
        assert set(found) == set(expected)
        for key, runs in found.items():
            # The runs' counts and listed sessions are those of the components, one for one:
            # every overlapping pair lies in exactly one run, and no run joins sessions
            # that overlaps do not connect.
            components = {c: False for c in expected[key]}
            for run in runs:
                members = next(c for c in components if {s.id for s in run.sessions} <= c)
                assert not components[members], "two runs for one component"
                components[members] = True
                assert run.count == len(members)
                ordered = sorted(
                    (by_id[i] for i in members),
                    key=lambda s: (s.start_instant, s.end_instant, str(s.id)),
                )
                assert list(run.sessions) == ordered[:listed]
                assert run.span == Interval(
                    min(s.start_instant for s in ordered), max(s.end_instant for s in ordered)
                )
                pairs = overlapping_pairs(sessions, members)
                assert pairs
                assert run.start == min(max(a.start_instant, b.start_instant) for a, b in pairs)
                assert run.end == max(min(a.end_instant, b.end_instant) for a, b in pairs)
                assert run.span.start <= run.start < run.end <= run.span.end
            assert all(components.values())


@settings(max_examples=200, deadline=None)
@given(schedules(), st.randoms(use_true_random=False))
def test_the_result_does_not_depend_on_the_input_order(sessions, rnd) -> None:
    shuffled = list(sessions)
    rnd.shuffle(shuffled)
    conflicts = find_conflicts(sessions)
    assert find_conflicts(shuffled) == conflicts
    keys = [(c.start, c.kind) for c in conflicts]
    assert keys == sorted(keys)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 100), st.integers(1, 30)), max_size=20))
def test_overlap_runs_against_every_pair(raw) -> None:
    base = datetime(2025, 1, 1, tzinfo=UTC)
    intervals = [
        Interval(base + timedelta(minutes=s), base + timedelta(minutes=s + d)) for s, d in raw
    ]
    runs = overlap_runs(intervals)
    member_of = {i: r for r, run in enumerate(runs) for i in run.members}
    assert sum(len(run.members) for run in runs) == len(member_of)  # runs are disjoint
    for i, a in enumerate(intervals):
        for j, b in enumerate(intervals):
            if i != j and a.overlaps(b):
                assert member_of[i] == member_of[j]
    for run in runs:
        # Connected: sorted by start, each member starts before the furthest end so far.
        assert len(run.members) >= 2
        furthest = intervals[run.members[0]].end
        for i in run.members[1:]:
            assert intervals[i].start < furthest
            furthest = max(furthest, intervals[i].end)
        assert run.span.end == furthest
        assert list(run.members) == sorted(
            run.members, key=lambda i: (intervals[i].start, intervals[i].end, i)
        )
    assert [r.span.start for r in runs] == sorted(r.span.start for r in runs)


# --- scale ---------------------------------------------------------------------


def stacked(n: int, *, room: str = "Hall A") -> list[Session]:
    """n sessions in one room, each an hour long, one starting every minute: one long run.

    Every session overlaps the 59 before and after it; the old pairwise
    report had ~1.2 million pairs for 20,000 sessions. With every session at
    the same hour it would have had 200 million.
    """
    ana = (Person("Ana", PersonRole.SPEAKER),)
    return [
        Session(
            title=f"Session {i}",
            start=wall(i),
            end=wall(i + 60),
            tracks=("in-person",),
            room=room,
            people=ana,
            id=UUID(int=i + 1),
        )
        for i in range(n)
    ]


def test_twenty_thousand_sessions_in_one_room_are_one_run_each_for_the_room_and_the_person():
    sessions = stacked(20_000)
    random.Random(7).shuffle(sessions)
    conflicts = find_conflicts(sessions)
    assert [(c.kind, c.count, len(c.sessions)) for c in conflicts] == [
        (PERSON, 20_000, 50),
        (ROOM, 20_000, 50),
    ]
    first = T0.replace(tzinfo=UTC)
    for c in conflicts:
        assert [s.title for s in c.sessions] == [f"Session {i}" for i in range(50)]
        assert c.span == Interval(first, first + timedelta(minutes=20_000 + 59))
        assert (c.start, c.end) == (
            first + timedelta(minutes=1),
            first + timedelta(minutes=20_000 - 1 + 59),
        )
    assert count_by_kind(conflicts) == {**dict.fromkeys(ConflictKind, 0), ROOM: 1, PERSON: 1}


def test_twenty_thousand_sessions_at_the_same_hour_are_one_run():
    sessions = [
        Session(
            title=f"S{i}",
            start=wall(0),
            end=wall(60),
            tracks=("in-person",),
            room="Hall A",
            id=UUID(int=i + 1),
        )
        for i in range(20_000)
    ]
    (run,) = find_conflicts(sessions)
    assert (run.kind, run.count, len(run.sessions)) == (ROOM, 20_000, 50)
    assert run.message.endswith("and 19997 more")


def test_twenty_thousand_back_to_back_sessions_are_no_conflict():
    sessions = [
        Session(
            title=f"S{i}",
            start=wall(30 * i),
            end=wall(30 * i + 30),
            tracks=("in-person",),
            room="Hall A",
            people=(Person("Ana", PersonRole.SPEAKER),),
            id=UUID(int=i + 1),
        )
        for i in range(20_000)
    ]
    assert find_conflicts(sessions) == []
