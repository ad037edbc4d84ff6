"""Time rule 5 and plans that move with their session: segment plans, rescheduling, rezoning."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from domain_helpers import UTC, local, make_event, make_session, reference_specs, wall

from sessions.domain.clock import WallTime, format_instant, in_zone
from sessions.domain.errors import ErrorCollector, InvalidInput
from sessions.domain.model import SegmentKind, Session
from sessions.domain.plan import (
    SegmentSpec,
    check_plan_tracks,
    check_times,
    plan_segments,
    reschedule,
    rezone,
)
from sessions.domain.zones import get_zone

RIYADH = get_zone("Asia/Riyadh")
K = SegmentKind


def bare_tccm() -> Session:
    return make_session("TCCM", "2024-12-18T15:45", "2024-12-18T16:45", room="Workshop Room 2")


def spec(start: str, end: str, *tracks: str, kind: K = K.OTHER, title: str = "") -> SegmentSpec:
    return SegmentSpec(
        kind, title or f"{start[-5:]}-{end[-5:]}", local(start), local(end), tuple(tracks)
    )


def plan_errors(session: Session, specs: list[SegmentSpec], zone=RIYADH) -> dict[str, str]:
    with pytest.raises(InvalidInput) as err:
        plan_segments(session, specs, zone)
    return {e.field: e.message for e in err.value.errors}


def minutes(n: int) -> timedelta:
    return timedelta(minutes=n)


# --- the reference plan ----------------------------------------------------------


def test_reference_plan_is_accepted_as_offsets_from_the_session_start() -> None:
    plan = plan_segments(bare_tccm(), reference_specs(), RIYADH)
    got = [(s.kind, s.start_offset, s.end_offset, s.tracks) for s in plan]
    assert got == [
        (K.PRESENTATION, minutes(0), minutes(20), ()),
        (K.QA, minutes(20), minutes(40), ()),
        (K.NETWORKING, minutes(40), minutes(60), ("in-person",)),
        (K.DISCUSSION, minutes(40), minutes(60), ("online",)),
    ]


def test_plan_is_returned_in_time_order_whatever_the_input_order() -> None:
    specs = list(reversed(reference_specs()))
    plan = plan_segments(bare_tccm(), specs, RIYADH)
    assert [s.start_offset for s in plan] == sorted(s.start_offset for s in plan)
    assert {s.kind for s in plan} == {K.PRESENTATION, K.QA, K.NETWORKING, K.DISCUSSION}


def test_segments_for_a_track() -> None:
    session = replace(bare_tccm(), segments=plan_segments(bare_tccm(), reference_specs(), RIYADH))
    assert [s.kind for s in session.segments_for("online")] == [K.PRESENTATION, K.QA, K.DISCUSSION]
    assert [s.kind for s in session.segments_for("in-person")] == [
        K.PRESENTATION,
        K.QA,
        K.NETWORKING,
    ]
    assert len(session.segments_for(None)) == 4


def test_segment_may_be_given_as_an_instant() -> None:
    specs = [spec("2024-12-18T07:45-05:00", "2024-12-18T13:05Z")]
    (seg,) = plan_segments(bare_tccm(), specs, RIYADH)
    assert (seg.start_offset, seg.end_offset) == (minutes(0), minutes(20))


# --- segment rules ---------------------------------------------------------------


def test_segment_must_start_inside_its_session() -> None:
    errors = plan_errors(bare_tccm(), [spec("2024-12-18T15:40", "2024-12-18T16:00")])
    assert list(errors) == ["segments[0].start"]
    assert "inside its session" in errors["segments[0].start"]
    assert "2024-12-18T15:45:00+03:00" in errors["segments[0].start"]


def test_segment_must_end_inside_its_session() -> None:
    errors = plan_errors(bare_tccm(), [spec("2024-12-18T16:30", "2024-12-18T16:46")])
    assert list(errors) == ["segments[0].end"]


def test_segment_may_fill_its_session_exactly() -> None:
    (seg,) = plan_segments(bare_tccm(), [spec("2024-12-18T15:45", "2024-12-18T16:45")], RIYADH)
    assert (seg.start_offset, seg.end_offset) == (minutes(0), minutes(60))


def test_segment_starting_at_the_session_end_is_outside() -> None:
    errors = plan_errors(bare_tccm(), [spec("2024-12-18T16:45", "2024-12-18T16:50")])
    assert "segments[0].start" in errors


@pytest.mark.parametrize("end", ["2024-12-18T16:00", "2024-12-18T15:55"])
def test_segment_must_end_after_it_starts(end: str) -> None:
    errors = plan_errors(bare_tccm(), [spec("2024-12-18T16:00", end)])
    assert "after the segment's start" in errors["segments[0].end"]


def test_overlap_within_a_track_is_refused() -> None:
    specs = [
        spec("2024-12-18T15:45", "2024-12-18T16:10", title="Talk"),
        spec("2024-12-18T16:05", "2024-12-18T16:25"),
    ]
    errors = plan_errors(bare_tccm(), specs)
    assert list(errors) == ["segments[1].start"]
    assert "overlaps segment 1 ('Talk')" in errors["segments[1].start"]


def test_overlap_with_a_segment_for_every_track_is_refused() -> None:
    specs = [
        spec("2024-12-18T16:25", "2024-12-18T16:45", "online"),
        spec("2024-12-18T15:45", "2024-12-18T16:30"),  # every track, runs into 16:25
    ]
    errors = plan_errors(bare_tccm(), specs)
    assert "segments[0].start" in errors
    assert "'online'" in errors["segments[0].start"]


def test_overlap_hidden_behind_a_short_segment_is_refused() -> None:
    # A long segment overlapping two later ones; only a pairwise view sees the third.
    specs = [
        spec("2024-12-18T15:45", "2024-12-18T16:45", "online", title="Long"),
        spec("2024-12-18T15:50", "2024-12-18T15:55", "online"),
        spec("2024-12-18T16:00", "2024-12-18T16:05", "online"),
    ]
    errors = plan_errors(bare_tccm(), specs)
    assert "segments[1].start" in errors


def test_parallel_segments_in_different_tracks_are_allowed() -> None:
    specs = [
        spec("2024-12-18T15:45", "2024-12-18T16:45", "in-person"),
        spec("2024-12-18T15:45", "2024-12-18T16:45", "online"),
    ]
    assert len(plan_segments(bare_tccm(), specs, RIYADH)) == 2


def test_back_to_back_segments_do_not_overlap() -> None:
    specs = [
        spec("2024-12-18T15:45", "2024-12-18T16:05"),
        spec("2024-12-18T16:05", "2024-12-18T16:45"),
    ]
    assert len(plan_segments(bare_tccm(), specs, RIYADH)) == 2


def test_unknown_or_repeated_track_is_refused_with_its_path() -> None:
    specs = reference_specs()
    specs[2] = replace(specs[2], tracks=("hybrid",))
    specs[3] = replace(specs[3], tracks=("online", "online"))
    errors = plan_errors(bare_tccm(), specs)
    assert set(errors) == {"segments[2].tracks[0]", "segments[3].tracks[1]"}
    assert "'hybrid'" in errors["segments[2].tracks[0]"]
    assert "twice" in errors["segments[3].tracks[1]"]


def test_a_track_the_session_is_not_offered_in_is_refused() -> None:
    session = replace(bare_tccm(), tracks=("in-person",))
    errors = plan_errors(session, [spec("2024-12-18T15:45", "2024-12-18T16:45", "online")])
    assert list(errors) == ["segments[0].tracks[0]"]


def test_every_bad_segment_is_named_in_one_answer() -> None:
    specs = [
        spec("2024-12-18T15:45", "2024-12-18T16:05"),
        spec("2024-12-18T16:05", "2024-12-18T16:25"),
        spec("2024-12-18T16:25", "2024-12-18T16:20"),
        spec("2024-12-18T17:00", "2024-12-18T17:30"),
    ]
    errors = plan_errors(bare_tccm(), specs)
    assert set(errors) == {"segments[2].end", "segments[3].start", "segments[3].end"}


def test_gap_time_in_a_segment_is_refused_with_its_path() -> None:
    event_zone = "America/New_York"
    session = make_session("Night", "2025-03-09T01:00", "2025-03-09T04:00", event_zone)
    specs = [
        spec("2025-03-09T01:00", "2025-03-09T01:30"),
        spec("2025-03-09T01:30", "2025-03-09T02:00"),
        spec("2025-03-09T02:30", "2025-03-09T04:00"),
    ]
    errors = plan_errors(session, specs, get_zone(event_zone))
    assert set(errors) == {"segments[1].end", "segments[2].start"}
    assert "does not exist" in errors["segments[2].start"]
    assert "go forward to 03:00" in errors["segments[2].start"]


def test_too_many_segments_are_refused() -> None:
    session = make_session("Long", "2024-12-18T08:00", "2024-12-18T18:00")
    start = datetime(2024, 12, 18, 8, 0)
    specs = [
        spec(
            f"{start + minutes(5 * i):%Y-%m-%dT%H:%M}",
            f"{start + minutes(5 * i + 5):%Y-%m-%dT%H:%M}",
        )
        for i in range(101)
    ]
    assert list(plan_errors(session, specs)) == ["segments"]
    assert len(plan_segments(session, specs[:100], RIYADH)) == 100


def test_segment_plan_across_a_fall_back_keeps_elapsed_time() -> None:
    tz = "America/New_York"
    session = make_session("Late", "2025-11-02T00:30", "2025-11-02T02:30", tz)
    assert session.duration == timedelta(hours=3)
    specs = [
        spec("2025-11-02T00:30", "2025-11-02T01:30-04:00"),
        spec("2025-11-02T01:30-04:00", "2025-11-02T01:30-05:00"),
        spec("2025-11-02T01:30-05:00", "2025-11-02T02:30"),
    ]
    plan = plan_segments(session, specs, get_zone(tz))
    assert [(s.start_offset, s.end_offset) for s in plan] == [
        (minutes(0), minutes(60)),
        (minutes(60), minutes(120)),
        (minutes(120), minutes(180)),
    ]


# --- session times ---------------------------------------------------------------


def check(event, start: WallTime, end: WallTime) -> dict[str, str]:
    errors = ErrorCollector()
    check_times(event, start, end, errors)
    return {e.field: e.message for e in errors.errors}


def test_session_times_must_run_forward_and_start_within_the_event() -> None:
    igf = make_event()
    assert (
        check(igf, wall("2024-12-18T15:45", "Asia/Riyadh"), wall("2024-12-18T16:45", "Asia/Riyadh"))
        == {}
    )
    same = wall("2024-12-18T15:45", "Asia/Riyadh")
    assert check(igf, same, same)["end"] == "The end must be after the start."
    late = check(
        igf, wall("2024-12-20T10:00", "Asia/Riyadh"), wall("2024-12-20T11:00", "Asia/Riyadh")
    )
    assert "outside the event's dates" in late["start"]
    # Starting on the last day and running past midnight is fine.
    assert (
        check(igf, wall("2024-12-19T23:00", "Asia/Riyadh"), wall("2024-12-20T01:00", "Asia/Riyadh"))
        == {}
    )


def test_a_session_lasts_at_most_seven_days() -> None:
    igf = make_event(end=date(2024, 12, 31))
    ok = check(
        igf, wall("2024-12-15T09:00", "Asia/Riyadh"), wall("2024-12-22T09:00", "Asia/Riyadh")
    )
    too_long = check(
        igf, wall("2024-12-15T09:00", "Asia/Riyadh"), wall("2024-12-22T09:01", "Asia/Riyadh")
    )
    assert ok == {}
    assert "7 days" in too_long["end"]


def test_removing_a_track_that_segments_depend_on_is_refused() -> None:
    plan = plan_segments(bare_tccm(), reference_specs(), RIYADH)
    errors = ErrorCollector()
    check_plan_tracks(plan, ["in-person"], errors)
    assert [e.field for e in errors.errors] == ["tracks"]
    assert "Facilitated discussion" in errors.errors[0].message
    errors = ErrorCollector()
    check_plan_tracks(plan, ["in-person", "online"], errors)
    assert errors.errors == []


# --- rescheduling ----------------------------------------------------------------


def test_moving_the_start_keeps_the_length_and_the_plan_moves_along(igf, tccm) -> None:
    start, end = reschedule(tccm, igf, RIYADH, local("2024-12-19T10:00"), None)
    assert start.wall == datetime(2024, 12, 19, 10, 0)
    assert end.wall == datetime(2024, 12, 19, 11, 0)
    moved = replace(tccm, start=start, end=end)
    shown = [
        (seg.kind, format_instant(in_zone(moved.segment_start(seg), RIYADH)))
        for seg in moved.segments
    ]
    assert shown == [
        (K.PRESENTATION, "2024-12-19T10:00:00+03:00"),
        (K.QA, "2024-12-19T10:20:00+03:00"),
        (K.NETWORKING, "2024-12-19T10:40:00+03:00"),
        (K.DISCUSSION, "2024-12-19T10:40:00+03:00"),
    ]
    assert moved.segment_end(moved.segments[-1]) == moved.end_instant


def test_moving_across_a_clock_change_keeps_elapsed_length() -> None:
    tz = "America/New_York"
    event = make_event(tz, date(2025, 3, 7), date(2025, 3, 10), slug="icann")
    session = make_session("Late", "2025-03-08T23:30", "2025-03-09T01:00", tz)
    start, end = reschedule(session, event, get_zone(tz), local("2025-03-09T01:30"), None)
    assert end.instant - start.instant == timedelta(minutes=90)
    assert end.wall == datetime(2025, 3, 9, 4, 0)  # 01:30 EST + 90 min = 04:00 EDT


def test_moving_the_start_into_the_gap_is_refused() -> None:
    tz = "America/New_York"
    event = make_event(tz, date(2025, 3, 7), date(2025, 3, 10), slug="icann")
    session = make_session("Late", "2025-03-08T23:30", "2025-03-09T01:00", tz)
    with pytest.raises(InvalidInput) as err:
        reschedule(session, event, get_zone(tz), local("2025-03-09T02:15"), None)
    assert [e.field for e in err.value.errors] == ["start"]


def test_moving_the_end_resizes(igf, tccm) -> None:
    start, end = reschedule(tccm, igf, RIYADH, None, local("2024-12-18T17:15"))
    assert start == tccm.start
    assert end.instant - start.instant == timedelta(minutes=90)


def test_shrinking_below_the_plan_is_refused(igf, tccm) -> None:
    with pytest.raises(InvalidInput) as err:
        reschedule(tccm, igf, RIYADH, None, local("2024-12-18T16:30"))
    assert [e.field for e in err.value.errors] == ["end"]
    assert "outside the session" in err.value.errors[0].message


def test_shrinking_to_exactly_the_plan_is_fine(igf, tccm) -> None:
    plain = replace(tccm, segments=tccm.segments[:2])  # plan ends at 16:25
    _, end = reschedule(plain, igf, RIYADH, None, local("2024-12-18T16:25"))
    assert end.wall == datetime(2024, 12, 18, 16, 25)


def test_end_before_start_is_refused(igf, tccm) -> None:
    with pytest.raises(InvalidInput) as err:
        reschedule(tccm, igf, RIYADH, None, local("2024-12-18T15:45"))
    assert [e.field for e in err.value.errors] == ["end"]


def test_moving_both_and_the_errors_of_both(igf, tccm) -> None:
    start, end = reschedule(tccm, igf, RIYADH, local("2024-12-17T09:00"), local("2024-12-17T10:30"))
    assert (start.wall, end.wall) == (datetime(2024, 12, 17, 9), datetime(2024, 12, 17, 10, 30))
    tz = "America/New_York"
    event = make_event(tz, date(2025, 3, 7), date(2025, 3, 10), slug="icann")
    session = make_session("Late", "2025-03-08T23:30", "2025-03-09T01:00", tz)
    with pytest.raises(InvalidInput) as err:  # both in the spring-forward gap
        reschedule(
            session, event, get_zone(tz), local("2025-03-09T02:15"), local("2025-03-09T02:45")
        )
    assert {e.field for e in err.value.errors} == {"start", "end"}


def test_moving_outside_the_event_is_refused(igf, tccm) -> None:
    with pytest.raises(InvalidInput) as err:
        reschedule(tccm, igf, RIYADH, local("2024-12-25T10:00"), None)
    assert [e.field for e in err.value.errors] == ["start"]


def test_nothing_changes_when_nothing_is_given(igf, tccm) -> None:
    assert reschedule(tccm, igf, RIYADH, None, None) == (tccm.start, tccm.end)


# --- rezoning (the same wall time under other rules) ------------------------------


def test_rezone_keeps_the_wall_clock_time() -> None:
    riyadh = wall("2024-12-18T15:45", "Asia/Riyadh")
    moved = rezone(riyadh, get_zone("Asia/Dubai"), "start")
    assert moved.wall == riyadh.wall
    assert moved.instant == datetime(2024, 12, 18, 11, 45, tzinfo=UTC)


def test_rezone_refuses_a_wall_time_that_falls_in_the_new_gap() -> None:
    # 2024-03-10 02:30 happens twice in Casablanca (Ramadan) and never in New York.
    second = wall("2024-03-10T02:30+00:00", "Africa/Casablanca")
    assert second.fold == 1
    with pytest.raises(InvalidInput) as err:
        rezone(second, get_zone("America/New_York"), "start")
    assert "does not exist" in err.value.errors[0].message


def test_rezone_keeps_the_second_occurrence_where_the_hour_still_repeats() -> None:
    second = wall("2025-11-02T01:30-05:00", "America/New_York")
    moved = rezone(second, get_zone("America/Toronto"), "start")
    assert (moved.wall, moved.fold) == (second.wall, 1)
    assert moved.instant == second.instant


def test_rezone_drops_a_stale_fold_where_the_time_is_unambiguous() -> None:
    second = wall("2025-11-02T01:30-05:00", "America/New_York")
    moved = rezone(second, get_zone("Asia/Riyadh"), "start")
    assert moved == WallTime(second.wall, 0, get_zone("Asia/Riyadh"))
