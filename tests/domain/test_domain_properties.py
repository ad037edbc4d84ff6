"""Properties of the time rules across every zone in the pinned tzdata, 1971-2090.

Expected values come from the oracles in domain_helpers (stdlib zoneinfo on
the tzdata package's own files), never from the code under test.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, time, timedelta
from uuid import UUID

import pytest
from domain_helpers import (
    FIRST_YEAR,
    LAST_YEAR,
    RFC3339,
    UTC,
    all_transitions,
    local_wall,
    make_event,
    offset_text,
    readings,
    transition_bracketing,
    tzdata_zone,
)
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from sessions.domain.agenda import build_agenda, view_session
from sessions.domain.clock import (
    WallTime,
    crosses_midnight,
    format_instant,
    in_zone,
    parse_wall_time,
)
from sessions.domain.errors import InvalidInput
from sessions.domain.model import Session
from sessions.domain.zones import get_zone, zone_names

ZONES = sorted(zone_names())

# Zones with unusual rules, drawn as often as all the others together.
TRICKY = [
    "America/New_York",
    "Australia/Lord_Howe",  # 30-minute DST
    "Antarctica/Troll",  # 2-hour DST
    "Europe/Dublin",  # negative DST in the rules
    "Africa/Casablanca",  # DST suspended for Ramadan
    "Africa/Cairo",  # clocks skip midnight
    "America/Havana",  # clocks skip midnight
    "America/Santiago",  # clocks repeat the hour before midnight
    "America/Nuuk",
    "Pacific/Apia",  # skipped 30 December 2011
    "Pacific/Kiritimati",  # +14:00
    "Pacific/Chatham",  # +12:45 / +13:45
    "Asia/Kathmandu",  # +05:45
    "Africa/Monrovia",  # -00:44:30 until 1972
    "Asia/Tehran",
    "Asia/Gaza",
    "America/Sao_Paulo",
    "Europe/Moscow",
    "Asia/Riyadh",
    "Australia/Sydney",
]
DST_ZONES = [z for z in TRICKY if z not in ("Pacific/Kiritimati", "Asia/Kathmandu", "Asia/Riyadh")]

zones = st.one_of(st.sampled_from(ZONES), st.sampled_from(TRICKY))

LOW = datetime(FIRST_YEAR, 1, 1)
HIGH = datetime(LAST_YEAR, 12, 31, 23, 59, 59)

instants = st.datetimes(min_value=LOW, max_value=HIGH, timezones=st.just(UTC))
whole_second_instants = instants.map(lambda d: d.replace(microsecond=0))

PROPERTY = settings(
    max_examples=250,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@st.composite
def zone_and_transition(draw):
    """A zone and one of its real offset changes between 1971 and 2090."""
    name = draw(zones)
    found = all_transitions(name)
    if not found:
        name = draw(st.sampled_from(DST_ZONES))
        found = all_transitions(name)
    at, before, after = draw(st.sampled_from(found))
    return name, at, before, after


@st.composite
def zone_and_wall(draw):
    """A zone and a naive wall time: anywhere, or close to one of the zone's changes."""
    if draw(st.booleans()):
        name = draw(zones)
        wall = draw(st.datetimes(min_value=LOW, max_value=HIGH))
    else:
        name, at, before, after = draw(zone_and_transition())
        base = (at + draw(st.sampled_from([before, after]))).replace(tzinfo=None)
        wall = base + timedelta(minutes=draw(st.integers(-90, 90)))
        if draw(st.booleans()):
            wall += timedelta(seconds=draw(st.integers(-59, 59)))
    return name, wall.replace(microsecond=0)


def wall_text(wall: datetime) -> str:
    return wall.strftime("%Y-%m-%dT%H:%M" if wall.second == 0 else "%Y-%m-%dT%H:%M:%S")


# --- (a) no instant is lost ----------------------------------------------------


@PROPERTY
@given(name=zones, instant=instants)
def test_every_instant_survives_the_round_trip_through_wall_time(
    name: str, instant: datetime
) -> None:
    moment = WallTime.from_instant(instant, get_zone(name))
    assert moment.instant == instant
    assert moment.wall == local_wall(instant, name)
    assert moment.fold == instant.astimezone(tzdata_zone(name)).fold


# --- (b) organisers' wall times ----------------------------------------------------


@PROPERTY
@given(case=zone_and_wall())
def test_parse_wall_time_agrees_with_tzdata(case: tuple[str, datetime]) -> None:
    name, wall = case
    zone = get_zone(name)
    text = wall_text(wall)
    found = readings(wall, name)
    event({0: "skipped wall time", 1: "ordinary wall time", 2: "repeated wall time"}[len(found)])
    if len(found) == 1:
        parsed = parse_wall_time(text, zone, "start")
        assert parsed.instant == found[0]
        assert local_wall(parsed.instant, name) == wall
        assert in_zone(parsed.instant, zone).replace(tzinfo=None) == wall
        return

    with pytest.raises(InvalidInput) as err:
        parse_wall_time(text, zone, "start")
    assert [e.field for e in err.value.errors] == ["start"]
    message = err.value.errors[0].message
    wall_before, wall_after = transition_bracketing(wall, name)
    if not found:  # skipped
        assert "does not exist" in message
        assert f"go forward to {wall_after:%H:%M}" in message
        assert f"at {wall_before:%H:%M} on {wall_before:%Y-%m-%d}" in message
        return

    assert len(found) == 2  # repeated
    assert "happens twice" in message
    assert f"go back to {wall_after:%H:%M}" in message
    for fold, instant in enumerate(found):
        offset = instant.astimezone(tzdata_zone(name)).utcoffset()
        assert offset is not None
        picked = parse_wall_time(text + offset_text(offset), zone, "start")
        assert picked.instant == instant
        assert (picked.wall, picked.fold) == (wall, fold)
        assert f"{wall:%Y-%m-%dT%H:%M}{offset_text(offset)}" in message


# --- (c) around real transitions ---------------------------------------------------


@PROPERTY
@given(case=zone_and_transition(), jitter=st.integers(0, 599))
def test_instants_around_a_transition_are_all_representable(case, jitter: int) -> None:
    name, at, _, _ = case
    zone = get_zone(name)
    window = [at + timedelta(seconds=s) for s in (-1, 0, 1)]
    window += [at + timedelta(seconds=jitter + 600 * k) for k in range(-18, 18)]
    seen: dict[tuple[datetime, int], datetime] = {}
    for instant in window:
        moment = WallTime.from_instant(instant, zone)
        assert moment.instant == instant
        assert moment.wall == local_wall(instant, name)
        key = (moment.wall, moment.fold)
        assert seen.setdefault(key, instant) == instant, f"{key} is both {seen[key]} and {instant}"
        # The later of two readings of a wall time is the one with fold=1.
        found = readings(moment.wall, name)
        assert instant in found
        assert found.index(instant) == moment.fold
        # What the API writes for it, an organiser can write back, and get the same instant.
        text = format_instant(in_zone(instant, zone))
        back = parse_wall_time(text, zone, "start")
        assert back.instant == instant
        if instant.astimezone(tzdata_zone(name)).utcoffset() % timedelta(minutes=1) == timedelta(0):
            assert back == moment


# --- (d) how instants are written --------------------------------------------------


@PROPERTY
@given(name=zones, instant=whole_second_instants)
def test_format_instant_is_rfc3339_and_names_the_same_instant(name: str, instant: datetime) -> None:
    zone = get_zone(name)
    text = format_instant(in_zone(instant, zone))
    assert re.fullmatch(RFC3339, text)
    assert datetime.fromisoformat(text) == instant
    assert format_instant(instant.astimezone(zone)) == text
    local = instant.astimezone(tzdata_zone(name))
    offset = local.utcoffset()
    assert offset is not None
    if offset % timedelta(minutes=1) == timedelta(0):
        assert text == local.strftime("%Y-%m-%dT%H:%M:%S") + offset_text(offset)


# --- (e) crossing midnight ---------------------------------------------------------


def expected_crossing(start: datetime, end: datetime, name: str) -> bool:
    """Ends on a later local day than it starts, other than at 00:00 the next day."""
    first, last = local_wall(start, name), local_wall(end, name)
    ends_at_next_midnight = last.time() == time(0) and last.date() == first.date() + timedelta(
        days=1
    )
    return last.date() > first.date() and not ends_at_next_midnight


@st.composite
def zone_and_interval(draw):
    name = draw(zones)
    start = draw(whole_second_instants)
    local = local_wall(start, name)
    exact_midnights = [
        instant
        for k in (1, 2)
        for instant in readings(datetime.combine(local.date() + timedelta(days=k), time(0)), name)
        if instant > start
    ]
    choices = [st.integers(1, 3 * 86400).map(lambda s: start + timedelta(seconds=s))]
    if exact_midnights:
        near = st.sampled_from(exact_midnights)
        choices.append(near)
        choices.append(
            st.tuples(near, st.integers(-90, 90)).map(lambda p: p[0] + timedelta(seconds=p[1]))
        )
    end = draw(st.one_of(choices).filter(lambda e: e > start))
    return name, start, end


@PROPERTY
@given(case=zone_and_interval())
def test_crosses_midnight_agrees_with_the_local_calendar(case) -> None:
    name, start, end = case
    zone = get_zone(name)
    expected = expected_crossing(start, end, name)
    event(f"crosses midnight: {expected}")
    if local_wall(end, name).time() == time(0):
        event("ends at a local 00:00")
    assert crosses_midnight(in_zone(start, zone), in_zone(end, zone)) is expected
    session = Session(
        "S", WallTime.from_instant(start, zone), WallTime.from_instant(end, zone), ("online",)
    )
    assert view_session(session, zone, None).crosses_midnight is expected


# --- (f) agendas -------------------------------------------------------------------


@st.composite
def agendas(draw):
    event_zone = draw(zones)
    viewer_zone = draw(zones)
    base = draw(
        st.datetimes(min_value=LOW, max_value=HIGH - timedelta(days=30), timezones=st.just(UTC))
    )
    count = draw(st.integers(0, 12))
    sessions = []
    for i in range(count):
        start = (base + timedelta(minutes=draw(st.integers(0, 14 * 24 * 60)))).replace(
            second=0, microsecond=0
        )
        end = start + timedelta(minutes=draw(st.integers(5, 36 * 60)))
        tracks = draw(st.sampled_from([("in-person", "online"), ("in-person",), ("online",)]))
        sessions.append(
            Session(
                title=f"Session {i}",
                start=WallTime.from_instant(start, get_zone(event_zone)),
                end=WallTime.from_instant(end, get_zone(event_zone)),
                tracks=tracks,
                room=draw(st.sampled_from([None, "R1", "R2"])),
                id=UUID(int=i + 1),
            )
        )
    track = draw(st.sampled_from([None, "online", "in-person"]))
    return event_zone, viewer_zone, sessions, track


@PROPERTY
@given(case=agendas())
def test_every_session_is_listed_once_on_the_viewers_day_it_starts(case) -> None:
    event_zone, viewer_zone, sessions, track = case
    event = make_event(event_zone, date(1971, 1, 1), date(2090, 12, 31))
    agenda = build_agenda(event, sessions, get_zone(viewer_zone), track=track)

    listed = Counter(item.session.id for day in agenda.days for item in day.sessions)
    wanted = {s.id for s in sessions if track is None or track in s.tracks}
    assert set(listed) == wanted
    assert all(n == 1 for n in listed.values())

    days = [day.date for day in agenda.days]
    assert days == sorted(set(days))
    assert all(day.sessions for day in agenda.days)
    for day in agenda.days:
        starts = [item.session.start_instant for item in day.sessions]
        assert starts == sorted(starts)
        for item in day.sessions:
            assert day.date == local_wall(item.session.start_instant, viewer_zone).date()
            assert item.start == item.session.start_instant
            assert item.end == item.session.end_instant
            assert item.start.replace(tzinfo=None) == local_wall(item.start, viewer_zone)

    if days:
        one_day = draw_day = days[len(days) // 2]
        filtered = build_agenda(
            event, sessions, get_zone(viewer_zone), track=track, on_date=draw_day
        )
        assert [d.date for d in filtered.days] == [one_day]
        assert filtered.days[0] == agenda.days[len(days) // 2]
