"""Conflicts are reported, never refused: room and person double bookings, gaps in plans."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from domain_helpers import UTC, local, make_session, speaker

from sessions.domain.conflicts import LISTED, ConflictKind, count_by_kind, find_conflicts
from sessions.domain.model import SegmentKind, SessionStatus
from sessions.domain.plan import SegmentSpec

ROOM = ConflictKind.ROOM_DOUBLE_BOOKING
PERSON = ConflictKind.PERSON_DOUBLE_BOOKING
GAP = ConflictKind.GAP


def riyadh(text: str) -> datetime:
    return datetime.fromisoformat(text + "+03:00").astimezone(UTC)


def of_kind(conflicts, kind):
    return [c for c in conflicts if c.kind is kind]


def test_room_double_booking_names_both_sessions_and_the_overlap() -> None:
    a = make_session("Opening", "2024-12-18T09:00", "2024-12-18T10:30", room="Workshop Room 2")
    b = make_session("Panel", "2024-12-18T10:00", "2024-12-18T11:00", room="workshop  room 2")
    (conflict,) = find_conflicts([a, b])
    assert conflict.kind is ROOM
    assert {s.title for s in conflict.sessions} == {"Opening", "Panel"}
    assert (conflict.start, conflict.end) == (
        riyadh("2024-12-18T10:00"),
        riyadh("2024-12-18T10:30"),
    )
    assert "Opening" in conflict.message and "Panel" in conflict.message


def test_back_to_back_in_one_room_is_not_a_conflict() -> None:
    a = make_session("A", "2024-12-18T09:00", "2024-12-18T10:00", room="R1")
    b = make_session("B", "2024-12-18T10:00", "2024-12-18T11:00", room="R1")
    assert find_conflicts([a, b]) == []


def test_different_rooms_or_no_room_are_not_conflicts() -> None:
    a = make_session("A", "2024-12-18T09:00", "2024-12-18T10:00", room="R1")
    b = make_session("B", "2024-12-18T09:00", "2024-12-18T10:00", room="R2")
    c = make_session("C", "2024-12-18T09:00", "2024-12-18T10:00")
    d = make_session("D", "2024-12-18T09:00", "2024-12-18T10:00", room="  ")
    e = make_session("E", "2024-12-18T09:00", "2024-12-18T10:00")
    assert find_conflicts([a, b, c, d, e]) == []


def test_a_chain_of_overlaps_in_a_room_is_one_run() -> None:
    sessions = [
        make_session("Long", "2024-12-18T09:00", "2024-12-18T12:00", room="R1"),
        make_session("Early", "2024-12-18T09:30", "2024-12-18T10:00", room="R1"),
        make_session("Late", "2024-12-18T11:00", "2024-12-18T11:30", room="R1"),
        # Touches the run's end: half-open, so it is not part of it.
        make_session("After", "2024-12-18T12:00", "2024-12-18T13:00", room="R1"),
    ]
    (run,) = find_conflicts(sessions)
    assert run.kind is ROOM
    assert [s.title for s in run.sessions] == ["Long", "Early", "Late"]
    assert run.count == 3
    # Booked twice from 09:30 to 11:30; the run spans 09:00 to 12:00.
    assert (run.start, run.end) == (riyadh("2024-12-18T09:30"), riyadh("2024-12-18T11:30"))
    assert (run.span.start, run.span.end) == (
        riyadh("2024-12-18T09:00"),
        riyadh("2024-12-18T12:00"),
    )
    assert "3 overlapping bookings" in run.message
    assert "'Long', 'Early' and 'Late'" in run.message


def test_a_chain_links_sessions_that_do_not_overlap_each_other() -> None:
    # A overlaps B, B overlaps C, A and C do not meet: one run of three.
    a = make_session("A", "2024-12-18T09:00", "2024-12-18T10:00", room="R1")
    b = make_session("B", "2024-12-18T09:30", "2024-12-18T10:30", room="R1")
    c = make_session("C", "2024-12-18T10:15", "2024-12-18T11:00", room="R1")
    (run,) = find_conflicts([c, a, b])
    assert [s.title for s in run.sessions] == ["A", "B", "C"]
    assert (run.start, run.end) == (riyadh("2024-12-18T09:30"), riyadh("2024-12-18T10:30"))


def test_separate_runs_in_one_room_are_separate_conflicts() -> None:
    sessions = [
        make_session("A", "2024-12-18T09:00", "2024-12-18T10:00", room="R1"),
        make_session("B", "2024-12-18T09:30", "2024-12-18T10:00", room="R1"),
        make_session("C", "2024-12-18T10:00", "2024-12-18T11:00", room="R1"),
        make_session("D", "2024-12-18T10:59", "2024-12-18T11:30", room="R1"),
    ]
    runs = find_conflicts(sessions)
    assert [[s.title for s in r.sessions] for r in runs] == [["A", "B"], ["C", "D"]]
    assert [r.count for r in runs] == [2, 2]


def test_a_long_run_lists_its_first_sessions_and_counts_them_all() -> None:
    sessions = [
        make_session(f"S{i:03d}", "2024-12-18T09:00", "2024-12-18T10:00", room="R1")
        for i in range(120)
    ]
    (run,) = find_conflicts(sessions)
    assert run.count == 120
    assert len(run.sessions) == LISTED == 50
    assert [s.title for s in run.sessions] == [f"S{i:03d}" for i in range(50)]
    assert run.message == "'R1' has 120 overlapping bookings: 'S000', 'S001', 'S002' and 117 more"
    (short,) = find_conflicts(sessions, listed=5)
    assert (short.count, len(short.sessions)) == (120, 5)


def test_a_person_in_a_chain_of_sessions_is_one_run() -> None:
    ana = speaker("Ana")
    sessions = [
        make_session("A", "2024-12-18T09:00", "2024-12-18T10:00", room="R1", people=[ana]),
        make_session("B", "2024-12-18T09:30", "2024-12-18T10:30", room="R2", people=[ana]),
        make_session("C", "2024-12-18T10:15", "2024-12-18T11:00", room="R3", people=[ana]),
    ]
    (run,) = find_conflicts(sessions)
    assert (run.kind, run.person, run.count) == (PERSON, "Ana", 3)
    assert run.message == "Ana is in 3 overlapping sessions: 'A', 'B' and 'C'"


def test_counting_by_kind_names_every_kind() -> None:
    a = make_session("A", "2024-12-18T09:00", "2024-12-18T10:00", room="R1")
    b = make_session("B", "2024-12-18T09:30", "2024-12-18T10:30", room="R1")
    assert count_by_kind(find_conflicts([a, b])) == {**dict.fromkeys(ConflictKind, 0), ROOM: 1}
    assert count_by_kind([]) == dict.fromkeys(ConflictKind, 0)
    assert {ROOM, PERSON, GAP, ConflictKind.CLASH} <= set(count_by_kind([]))


def test_person_double_booking_by_name_ignores_case_and_spacing() -> None:
    a = make_session(
        "A", "2024-12-18T09:00", "2024-12-18T10:00", room="R1", people=[speaker("Ana Silva")]
    )
    b = make_session(
        "B", "2024-12-18T09:30", "2024-12-18T10:30", room="R2", people=[speaker("ana  SILVA")]
    )
    (conflict,) = find_conflicts([a, b])
    assert conflict.kind is PERSON
    assert conflict.person is not None and conflict.person.casefold() == "ana silva"
    assert (conflict.start, conflict.end) == (
        riyadh("2024-12-18T09:30"),
        riyadh("2024-12-18T10:00"),
    )


def test_person_double_booking_by_email() -> None:
    a = make_session(
        "A",
        "2024-12-18T09:00",
        "2024-12-18T10:00",
        people=[speaker("Ana Silva", "ana@example.org")],
    )
    b = make_session(
        "B",
        "2024-12-18T09:30",
        "2024-12-18T10:30",
        people=[speaker("A. Silva", "ANA@example.org ")],
    )
    assert [c.kind for c in find_conflicts([a, b])] == [PERSON]


def test_different_people_and_back_to_back_people_are_fine() -> None:
    a = make_session("A", "2024-12-18T09:00", "2024-12-18T10:00", people=[speaker("Ana")])
    b = make_session("B", "2024-12-18T09:00", "2024-12-18T10:00", people=[speaker("Bo")])
    c = make_session("C", "2024-12-18T10:00", "2024-12-18T11:00", people=[speaker("Ana")])
    assert find_conflicts([a, b, c]) == []


def test_a_person_listed_twice_in_one_session_is_not_a_conflict() -> None:
    a = make_session(
        "A",
        "2024-12-18T09:00",
        "2024-12-18T10:00",
        people=[speaker("Ana"), replace(speaker("ana"), role="moderator")],
    )
    assert find_conflicts([a]) == []


def test_cancelled_sessions_are_ignored() -> None:
    a = make_session(
        "A", "2024-12-18T09:00", "2024-12-18T10:00", room="R1", people=[speaker("Ana")]
    )
    b = make_session(
        "B",
        "2024-12-18T09:00",
        "2024-12-18T10:00",
        room="R1",
        people=[speaker("Ana")],
        status=SessionStatus.CANCELLED,
    )
    assert find_conflicts([a, b]) == []
    assert len(find_conflicts([a, replace(b, status=SessionStatus.TENTATIVE)])) == 2


def test_reference_plan_has_no_gaps(tccm) -> None:
    assert find_conflicts([tccm]) == []


def test_gaps_in_a_tracks_plan_are_reported() -> None:
    K = SegmentKind
    session = make_session(
        "Gappy",
        "2024-12-18T10:00",
        "2024-12-18T11:00",
        segments=[
            SegmentSpec(
                K.PRESENTATION, "Talk", local("2024-12-18T10:10"), local("2024-12-18T10:30")
            ),
            SegmentSpec(
                K.NETWORKING,
                "Coffee",
                local("2024-12-18T10:30"),
                local("2024-12-18T11:00"),
                ("in-person",),
            ),
            SegmentSpec(
                K.DISCUSSION,
                "Chat",
                local("2024-12-18T10:30"),
                local("2024-12-18T10:50"),
                ("online",),
            ),
        ],
    )
    gaps = {(c.track, c.start, c.end) for c in of_kind(find_conflicts([session]), GAP)}
    assert gaps == {
        ("in-person", riyadh("2024-12-18T10:00"), riyadh("2024-12-18T10:10")),
        ("online", riyadh("2024-12-18T10:00"), riyadh("2024-12-18T10:10")),
        ("online", riyadh("2024-12-18T10:50"), riyadh("2024-12-18T11:00")),
    }
    messages = [c.message for c in of_kind(find_conflicts([session]), GAP)]
    assert any("10 min" in m and "'online'" in m for m in messages)


def test_a_track_left_out_of_the_plan_is_one_big_gap() -> None:
    session = make_session(
        "Room only plan",
        "2024-12-18T10:00",
        "2024-12-18T11:00",
        segments=[
            SegmentSpec(
                SegmentKind.PANEL,
                "Panel",
                local("2024-12-18T10:00"),
                local("2024-12-18T11:00"),
                ("in-person",),
            )
        ],
    )
    (gap,) = find_conflicts([session])
    assert (gap.kind, gap.track) == (GAP, "online")
    assert (gap.start, gap.end) == (session.start_instant, session.end_instant)
    assert (gap.count, gap.sessions) == (1, (session,))
    assert (gap.span.start, gap.span.end) == (session.start_instant, session.end_instant)


def test_a_session_without_a_plan_has_no_gaps() -> None:
    assert find_conflicts([make_session("Plain", "2024-12-18T10:00", "2024-12-18T11:00")]) == []


def test_conflicts_are_in_time_order() -> None:
    late = make_session("Late", "2024-12-18T15:00", "2024-12-18T16:00", room="R1")
    late2 = make_session("Late 2", "2024-12-18T15:30", "2024-12-18T16:00", room="R1")
    early = make_session("Early", "2024-12-18T09:00", "2024-12-18T10:00", people=[speaker("Ana")])
    early2 = make_session(
        "Early 2", "2024-12-18T09:00", "2024-12-18T10:00", people=[speaker("Ana")]
    )
    starts = [c.start for c in find_conflicts([late, early, late2, early2])]
    assert starts == sorted(starts) and len(starts) == 2
