"""Clash rules: a session may list sessions it must not overlap; overlapping one is a conflict of
kind `clash` (reported, never refused), one per pair, whichever side lists the other."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from domain_helpers import make_session

from sessions.domain.conflicts import ConflictKind, count_by_kind, find_conflicts
from sessions.domain.model import SessionStatus

CLASH = ConflictKind.CLASH


def riyadh(text: str) -> datetime:
    return datetime.fromisoformat(text + "+03:00").astimezone(UTC)


def clashes(sessions):
    return [c for c in find_conflicts(sessions) if c.kind is CLASH]


def igf():
    main = make_session("Main", "2024-12-18T15:00", "2024-12-18T16:30", room="Plenary Hall")
    tccm = make_session("TCCM", "2024-12-18T15:45", "2024-12-18T16:45", room="Workshop Room 2")
    later = make_session("Later", "2024-12-18T16:45", "2024-12-18T17:30", room="Workshop Room 2")
    return main, tccm, later


def test_tccm_overlapping_the_main_session_it_must_avoid_is_a_clash():
    main, tccm, later = igf()
    assert clashes([main, tccm, later]) == []  # no rule, no clash
    tccm = replace(tccm, avoid_overlap_with=(main.id, later.id))
    (conflict,) = clashes([main, tccm, later])  # "Later" touches TCCM's end: no overlap
    assert [s.title for s in conflict.sessions] == ["Main", "TCCM"]
    assert (conflict.start, conflict.end) == (
        riyadh("2024-12-18T15:45"),
        riyadh("2024-12-18T16:30"),
    )
    assert (conflict.span.start, conflict.span.end) == (
        riyadh("2024-12-18T15:00"),
        riyadh("2024-12-18T16:45"),
    )
    assert conflict.count == 2
    assert conflict.message == "'TCCM' must not overlap 'Main'"
    assert count_by_kind(find_conflicts([main, tccm]))[CLASH] == 1


def test_a_rule_on_both_sides_is_one_clash_and_cancelled_sessions_clash_with_nothing():
    main, tccm, _ = igf()
    main = replace(main, avoid_overlap_with=(tccm.id,))
    tccm = replace(tccm, avoid_overlap_with=(main.id,))
    assert len(clashes([tccm, main])) == 1
    assert clashes([tccm, replace(main, status=SessionStatus.CANCELLED)]) == []
    # A rule naming a session that is not there (deleted, another event) is no clash.
    assert clashes([tccm]) == []


def test_the_order_of_sessions_does_not_change_the_clashes():
    main, tccm, later = igf()
    tccm = replace(tccm, avoid_overlap_with=(main.id,))
    later = replace(later, avoid_overlap_with=(tccm.id, main.id))
    assert find_conflicts([main, tccm, later]) == find_conflicts([later, tccm, main])
