"""People booked at segment precision (issue 12): a person named on a session is held for all of
it, a person named only on segments for those segments' own intervals, across lanes and
sessions. Hand-made cases, then a property test against a brute-force reference that compares
every pair of bookings."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta
from uuid import UUID

from domain_helpers import local, make_session, reference_specs
from hypothesis import given, settings
from hypothesis import strategies as st

from sessions.domain.clock import WallTime
from sessions.domain.conflicts import ConflictKind, find_conflicts
from sessions.domain.model import (
    Person,
    PersonRole,
    Segment,
    SegmentKind,
    Session,
    SessionStatus,
)
from sessions.domain.plan import SegmentSpec
from sessions.domain.zones import get_zone

PERSON = ConflictKind.PERSON_DOUBLE_BOOKING
MEI = Person("Mei Tanaka", PersonRole.FACILITATOR, "mei@example.org")
K = SegmentKind


def riyadh(text: str) -> datetime:
    return datetime.fromisoformat(text + "+03:00").astimezone(UTC)


def people_conflicts(sessions):
    return [c for c in find_conflicts(sessions) if c.kind is PERSON]


def tccm_with(people_on: dict[str, tuple[Person, ...]], **kwargs) -> Session:
    """TCCM (15:45-16:45 Riyadh) with people on the segments whose titles start as given."""
    specs = []
    for spec in reference_specs():
        extra = next((p for t, p in people_on.items() if spec.title.startswith(t)), ())
        specs.append(
            SegmentSpec(spec.kind, spec.title, spec.start, spec.end, spec.tracks, None, extra)
        )
    return make_session(
        "TCCM",
        "2024-12-18T15:45",
        "2024-12-18T16:45",
        room="Workshop Room 2",
        segments=specs,
        **kwargs,
    )


def open_forum(segments: list[tuple[str, str, str, tuple[str, ...], tuple[Person, ...]]]):
    """The Open Forum, 16:00-17:00 in Workshop Room 3, with (title, start, end, tracks, people)."""
    return make_session(
        "Open Forum",
        "2024-12-18T16:00",
        "2024-12-18T17:00",
        room="Workshop Room 3",
        segments=[
            SegmentSpec(K.OTHER, t, local(a), local(b), tracks, None, people)
            for t, a, b, tracks, people in segments
        ],
    )


def test_a_facilitator_on_the_online_discussion_and_another_sessions_networking_is_booked_twice():
    tccm = tccm_with({"Facilitated discussion": (MEI,)})
    forum = open_forum(
        [
            ("Talks", "2024-12-18T16:00", "2024-12-18T16:30", (), ()),
            ("Networking", "2024-12-18T16:30", "2024-12-18T17:00", ("in-person",), (MEI,)),
            ("Online chat", "2024-12-18T16:30", "2024-12-18T17:00", ("online",), ()),
        ]
    )
    (conflict,) = people_conflicts([tccm, forum])
    assert conflict.person == "Mei Tanaka"
    assert conflict.count == 2
    assert {s.title for s in conflict.sessions} == {"TCCM", "Open Forum"}
    # The segments' own overlap (16:30-16:45), not the sessions' (16:00-16:45).
    assert (conflict.start, conflict.end) == (
        riyadh("2024-12-18T16:30"),
        riyadh("2024-12-18T16:45"),
    )
    assert conflict.span.start == riyadh("2024-12-18T16:25")
    assert conflict.span.end == riyadh("2024-12-18T17:00")
    assert [b.segment.title for b in conflict.segments] == [
        "Facilitated discussion for online attendees",
        "Networking",
    ]
    assert "Networking" in conflict.message and "Facilitated discussion" in conflict.message


def test_the_same_person_on_segments_of_overlapping_sessions_that_do_not_overlap_is_free():
    # TCCM's presentation 15:45-16:05; the Open Forum's closing 16:30-17:00: the sessions
    # overlap (16:00-16:45), Mei's segments do not.
    tccm = tccm_with({"Presentation": (MEI,)})
    forum = open_forum([("Closing", "2024-12-18T16:30", "2024-12-18T17:00", (), (MEI,))])
    assert people_conflicts([tccm, forum]) == []
    # Back to back is free too: half-open intervals touch without overlapping.
    back = open_forum([("Start", "2024-12-18T16:05", "2024-12-18T16:20", (), (MEI,))])
    assert people_conflicts([tccm, back]) == []


def test_named_on_a_session_holds_the_whole_session_and_its_own_segments_never_clash():
    tccm = tccm_with({"Facilitated": (MEI,), "Networking": (MEI,)}, people=(MEI,))
    assert people_conflicts([tccm]) == []
    # Named on the whole Open Forum, Mei clashes with any TCCM segment of hers inside it.
    forum = make_session(
        "Open Forum", "2024-12-18T16:00", "2024-12-18T17:00", room="Workshop Room 3", people=(MEI,)
    )
    early = tccm_with({"Presentation": (MEI,)})
    (conflict,) = people_conflicts([early, forum])
    assert (conflict.start, conflict.end) == (
        riyadh("2024-12-18T16:00"),
        riyadh("2024-12-18T16:05"),
    )
    assert [b.segment.title for b in conflict.segments] == ["Presentation on TCCM"]


def test_two_lanes_of_one_session_at_once_are_a_double_booking():
    tccm = tccm_with({"Networking": (MEI,), "Facilitated": (MEI,)})
    (conflict,) = people_conflicts([tccm])
    assert conflict.count == 2
    assert [s.title for s in conflict.sessions] == ["TCCM"]
    assert (conflict.start, conflict.end) == (
        riyadh("2024-12-18T16:25"),
        riyadh("2024-12-18T16:45"),
    )


def test_cancelled_sessions_hold_no_one():
    tccm = tccm_with({"Facilitated": (MEI,)})
    forum = open_forum([("Networking", "2024-12-18T16:30", "2024-12-18T17:00", (), (MEI,))])
    from dataclasses import replace

    assert people_conflicts([tccm, replace(forum, status=SessionStatus.CANCELLED)]) == []


# --- the property, against every pair ---------------------------------------------

T0 = datetime(2025, 3, 29, 22, 0, tzinfo=UTC)
ZONE = get_zone("Europe/Berlin")
NAMES = [("Ana", None), ("ana ", None), ("Bo", "bo@example.org"), ("B. O.", "BO@example.org")]


def key_of(name: str, email: str | None) -> str:
    """The reference's own reading of who a person is: email if known, else the name."""
    return email.strip().casefold() if email else " ".join(name.split()).casefold()


@st.composite
def schedules(draw) -> list[Session]:
    sessions = []
    for i in range(draw(st.integers(0, 8))):
        start = draw(st.integers(0, 180))
        length = draw(st.integers(1, 90))
        segments = []
        for j in range(draw(st.integers(0, 4))):
            a = draw(st.integers(0, length - 1))
            b = draw(st.integers(a + 1, length))
            who = draw(st.lists(st.sampled_from(NAMES), max_size=2))
            segments.append(
                Segment(
                    K.OTHER,
                    f"S{i}.{j}",
                    timedelta(minutes=a),
                    timedelta(minutes=b),
                    people=tuple(Person(n, PersonRole.FACILITATOR, e) for n, e in who),
                )
            )
        whole = draw(st.lists(st.sampled_from(NAMES), max_size=2))
        sessions.append(
            Session(
                title=f"S{i}",
                start=WallTime.from_instant(T0 + timedelta(minutes=start), ZONE),
                end=WallTime.from_instant(T0 + timedelta(minutes=start + length), ZONE),
                tracks=("in-person", "online"),
                people=tuple(Person(n, PersonRole.SPEAKER, e) for n, e in whole),
                segments=tuple(segments),
                status=draw(st.sampled_from(list(SessionStatus))),
                id=UUID(int=i + 1),
            )
        )
    return sessions


def reference(sessions: list[Session]) -> dict[str, set[frozenset[tuple[UUID, str | None]]]]:
    """Per person key, the runs as sets of bookings (session id, segment title or None)."""
    bookings: dict[str, dict[tuple[UUID, str | None], tuple[datetime, datetime]]] = defaultdict(
        dict
    )
    for s in sessions:
        if s.status is SessionStatus.CANCELLED:
            continue
        start = T0 + (s.start.instant - T0)
        end = start + (s.end.instant - s.start.instant)
        whole = {key_of(p.name, p.email) for p in s.people}
        for k in whole:
            bookings[k][(s.id, None)] = (start, end)
        for seg in s.segments:
            for p in seg.people:
                k = key_of(p.name, p.email)
                if k not in whole:
                    bookings[k][(s.id, seg.title)] = (
                        start + seg.start_offset,
                        start + seg.end_offset,
                    )
    out: dict[str, set[frozenset]] = {}
    for k, held in bookings.items():
        names = list(held)
        parent = {n: n for n in names}

        def find(x, parent=parent):
            while parent[x] != x:
                x = parent[x]
            return x

        for a in names:
            for b in names:
                (a0, a1), (b0, b1) = held[a], held[b]
                if a != b and a0 < b1 and b0 < a1:
                    parent[find(a)] = find(b)
        groups: dict = defaultdict(set)
        for n in names:
            groups[find(n)].add(n)
        runs = {frozenset(g) for g in groups.values() if len(g) > 1}
        if runs:
            out[k] = runs
    return out


@settings(max_examples=300, deadline=None)
@given(schedules())
def test_person_runs_are_the_components_of_the_booking_overlap_graph(sessions) -> None:
    """Every run found is one component of the reference, every component is found once, and
    each conflict spans exactly its component's overlapping pairs."""
    expected = reference(sessions)
    key_by_name = {n: key_of(n, e) for n, e in NAMES}
    found: dict[str, list[frozenset]] = defaultdict(list)
    for c in people_conflicts(sessions):
        on_segments = {b.session.id for b in c.segments}
        run = frozenset(
            {(s.id, None) for s in c.sessions if s.id not in on_segments}
            | {(b.session.id, b.segment.title) for b in c.segments}
        )
        assert c.count == len(run)
        found[key_by_name[c.person]].append(run)
    assert {k: set(v) for k, v in found.items()} == expected
    assert all(len(v) == len(set(v)) for v in found.values())  # one conflict per component
