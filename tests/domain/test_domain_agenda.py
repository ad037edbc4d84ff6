"""Agendas in the viewer's zone and days, and what runs now and next in a track."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from domain_helpers import UTC, local, make_event, make_session, reference_specs

from sessions.domain.agenda import build_agenda, now_and_next
from sessions.domain.clock import format_instant
from sessions.domain.model import SegmentKind, Session, SessionStatus
from sessions.domain.plan import SegmentSpec
from sessions.domain.zones import get_zone

K = SegmentKind


def shown(moment: datetime) -> str:
    return format_instant(moment)


def flat(agenda) -> list[tuple[date, str]]:
    return [(day.date, item.session.title) for day in agenda.days for item in day.sessions]


# --- the reference example -------------------------------------------------------


def test_online_attendee_in_new_york(igf, tccm) -> None:
    agenda = build_agenda(igf, [tccm], get_zone("America/New_York"), track="online")
    assert agenda.zone_name == "America/New_York"
    assert agenda.track == "online"
    (day,) = agenda.days
    assert day.date == date(2024, 12, 18)
    (item,) = day.sessions
    assert (shown(item.start), shown(item.end)) == (
        "2024-12-18T07:45:00-05:00",
        "2024-12-18T08:45:00-05:00",
    )
    assert item.crosses_midnight is False
    assert [(s.segment.kind, shown(s.start), shown(s.end)) for s in item.segments] == [
        (K.PRESENTATION, "2024-12-18T07:45:00-05:00", "2024-12-18T08:05:00-05:00"),
        (K.QA, "2024-12-18T08:05:00-05:00", "2024-12-18T08:25:00-05:00"),
        (K.DISCUSSION, "2024-12-18T08:25:00-05:00", "2024-12-18T08:45:00-05:00"),
    ]


def test_online_attendee_in_sydney_crosses_midnight(igf, tccm) -> None:
    agenda = build_agenda(igf, [tccm], get_zone("Australia/Sydney"), track="online")
    (day,) = agenda.days
    assert day.date == date(2024, 12, 18)
    (item,) = day.sessions
    assert shown(item.start) == "2024-12-18T23:45:00+11:00"
    assert shown(item.end) == "2024-12-19T00:45:00+11:00"
    assert item.crosses_midnight is True
    assert [shown(s.start) for s in item.segments] == [
        "2024-12-18T23:45:00+11:00",
        "2024-12-19T00:05:00+11:00",
        "2024-12-19T00:25:00+11:00",
    ]


def test_in_person_track_gets_networking_not_discussion(igf, tccm) -> None:
    agenda = build_agenda(igf, [tccm], get_zone("Asia/Riyadh"), track="in-person")
    (item,) = agenda.days[0].sessions
    assert [s.segment.kind for s in item.segments] == [K.PRESENTATION, K.QA, K.NETWORKING]
    assert shown(item.start) == "2024-12-18T15:45:00+03:00"


def test_without_a_track_every_segment_names_its_tracks(igf, tccm) -> None:
    agenda = build_agenda(igf, [tccm], get_zone("Asia/Riyadh"))
    (item,) = agenda.days[0].sessions
    assert [(s.segment.kind, s.tracks) for s in item.segments] == [
        (K.PRESENTATION, ("in-person", "online")),
        (K.QA, ("in-person", "online")),
        (K.NETWORKING, ("in-person",)),
        (K.DISCUSSION, ("online",)),
    ]


def test_session_ending_exactly_at_local_midnight_does_not_cross(igf) -> None:
    # 15:00-16:00 in Riyadh is 23:00-00:00 in Sydney.
    session = make_session("Late", "2024-12-18T15:00", "2024-12-18T16:00")
    (item,) = build_agenda(igf, [session], get_zone("Australia/Sydney")).days[0].sessions
    assert shown(item.end) == "2024-12-19T00:00:00+11:00"
    assert item.crosses_midnight is False


def test_each_session_is_listed_on_the_viewers_day_it_starts(igf, tccm) -> None:
    early = make_session("Breakfast", "2024-12-19T06:00", "2024-12-19T07:00")
    sessions = [early, tccm]
    in_riyadh = build_agenda(igf, sessions, get_zone("Asia/Riyadh"))
    in_la = build_agenda(igf, sessions, get_zone("America/Los_Angeles"))
    in_sydney = build_agenda(igf, sessions, get_zone("Australia/Sydney"))
    assert flat(in_riyadh) == [(date(2024, 12, 18), tccm.title), (date(2024, 12, 19), "Breakfast")]
    # 06:00 in Riyadh is 19:00 the evening before in Los Angeles: both on the 18th.
    assert flat(in_la) == [(date(2024, 12, 18), tccm.title), (date(2024, 12, 18), "Breakfast")]
    assert len(in_la.days) == 1
    assert flat(in_sydney) == [(date(2024, 12, 18), tccm.title), (date(2024, 12, 19), "Breakfast")]


def test_sessions_are_in_time_order_within_a_day(igf) -> None:
    a = make_session("C later", "2024-12-18T11:00", "2024-12-18T12:00")
    b = make_session("A earlier", "2024-12-18T09:00", "2024-12-18T10:00")
    c = make_session("B same time, other room", "2024-12-18T09:00", "2024-12-18T10:00", room="R2")
    agenda = build_agenda(igf, [a, b, c], get_zone("Asia/Riyadh"))
    titles = [title for _, title in flat(agenda)]
    assert titles.index("C later") == 2
    assert set(titles[:2]) == {"A earlier", "B same time, other room"}


def test_track_filter_drops_sessions_not_offered_in_it(igf, tccm) -> None:
    room_only = make_session(
        "Room only", "2024-12-18T09:00", "2024-12-18T10:00", tracks=["in-person"]
    )
    online = build_agenda(igf, [room_only, tccm], get_zone("Asia/Riyadh"), track="online")
    assert [title for _, title in flat(online)] == [tccm.title]
    in_person = build_agenda(igf, [room_only, tccm], get_zone("Asia/Riyadh"), track="in-person")
    assert [title for _, title in flat(in_person)] == ["Room only", tccm.title]


def test_date_filter_uses_the_viewers_days(igf, tccm) -> None:
    early = make_session("Breakfast", "2024-12-19T06:00", "2024-12-19T07:00")
    la = get_zone("America/Los_Angeles")
    assert flat(build_agenda(igf, [early, tccm], la, on_date=date(2024, 12, 18))) == [
        (date(2024, 12, 18), tccm.title),
        (date(2024, 12, 18), "Breakfast"),
    ]
    assert build_agenda(igf, [early, tccm], la, on_date=date(2024, 12, 19)).days == ()


def test_empty_agenda(igf) -> None:
    assert build_agenda(igf, [], get_zone("UTC")).days == ()


# --- now and next -----------------------------------------------------------------


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def kinds(items) -> list:
    return [i.segment.kind if i.segment else i.session.title for i in items]


@pytest.mark.parametrize(
    ("moment", "now", "next_"),
    [
        ("2024-12-18T15:44:59+03:00", [], [K.PRESENTATION]),
        ("2024-12-18T15:45:00+03:00", [K.PRESENTATION], [K.QA]),
        ("2024-12-18T16:04:59+03:00", [K.PRESENTATION], [K.QA]),
        ("2024-12-18T16:05:00+03:00", [K.QA], [K.DISCUSSION]),  # half-open: qa, not both
        ("2024-12-18T16:25:00+03:00", [K.DISCUSSION], []),
        ("2024-12-18T16:44:59+03:00", [K.DISCUSSION], []),
        ("2024-12-18T16:45:00+03:00", [], []),
        ("2024-12-18T08:05:00-05:00", [K.QA], [K.DISCUSSION]),  # same instant, other offset
    ],
)
def test_now_and_next_in_the_online_track(tccm, moment: str, now: list, next_: list) -> None:
    result = now_and_next([tccm], "online", at(moment))
    assert kinds(result.now) == now
    assert kinds(result.next) == next_


def test_now_and_next_in_person_gets_networking(tccm) -> None:
    result = now_and_next([tccm], "in-person", at("2024-12-18T16:10:00+03:00"))
    assert kinds(result.now) == [K.QA]
    assert kinds(result.next) == [K.NETWORKING]
    assert result.next[0].start == at("2024-12-18T16:25:00+03:00")
    assert result.next[0].end == at("2024-12-18T16:45:00+03:00")


def test_next_crosses_into_the_following_session(tccm) -> None:
    after = make_session("Closing", "2024-12-18T17:00", "2024-12-18T18:00")
    result = now_and_next([after, tccm], "online", at("2024-12-18T16:30:00+03:00"))
    assert kinds(result.now) == [K.DISCUSSION]
    assert kinds(result.next) == ["Closing"]  # a session without a plan runs as a whole


def test_everything_starting_next_at_the_same_time_is_listed(tccm) -> None:
    parallel = make_session("Parallel", "2024-12-18T15:45", "2024-12-18T16:45", room="R2")
    result = now_and_next([tccm, parallel], "online", at("2024-12-18T15:00:00+03:00"))
    assert sorted(map(str, kinds(result.next))) == sorted(map(str, [K.PRESENTATION, "Parallel"]))
    assert result.now == ()


def test_cancelled_sessions_are_not_running(tccm) -> None:
    cancelled = replace(tccm, status=SessionStatus.CANCELLED)
    result = now_and_next([cancelled], "online", at("2024-12-18T16:00:00+03:00"))
    assert result.now == () and result.next == ()


def test_sessions_of_other_tracks_are_not_running(tccm) -> None:
    room_only = make_session(
        "Room only", "2024-12-18T16:00", "2024-12-18T17:00", tracks=["in-person"]
    )
    result = now_and_next([room_only], "online", at("2024-12-18T16:30:00+03:00"))
    assert result.now == () and result.next == ()


def test_segment_gap_means_nothing_runs_now() -> None:
    session = make_session(
        "Split",
        "2024-12-18T10:00",
        "2024-12-18T11:00",
        segments=[
            SegmentSpec(
                K.PRESENTATION, "One", local("2024-12-18T10:00"), local("2024-12-18T10:20")
            ),
            SegmentSpec(K.QA, "Two", local("2024-12-18T10:40"), local("2024-12-18T11:00")),
        ],
    )
    result = now_and_next([session], "online", datetime(2024, 12, 18, 7, 30, tzinfo=UTC))
    assert result.now == ()
    assert kinds(result.next) == [K.QA]
    assert result.next[0].start - result.at == timedelta(minutes=10)


def test_reference_specs_fixture_matches_the_product_table(tccm) -> None:
    # Guard for the fixtures themselves: four segments as in PRODUCT.md.
    assert [s.kind for s in tccm.segments] == [s.kind for s in reference_specs()]
    assert isinstance(tccm, Session)
    assert make_event().timezone == "Asia/Riyadh"
