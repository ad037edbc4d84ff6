"""Fairness across zones: bands, awake shares, scores and the slot finder.

The oracle counts minutes one by one with the standard library's reading of the
pinned tzdata files (domain_helpers.local_wall): a minute is awake when the local
clock reads 07:00-21:59 there. The code under test never loops over minutes.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from domain_helpers import UTC, all_transitions, local_wall
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sessions.domain.fairness import (
    Audience,
    Band,
    fairness,
    night_tally,
    rank_slots,
    zone_fairness,
)
from sessions.domain.model import Interval
from sessions.domain.zones import get_zone, zone_names

TRICKY = [
    "America/New_York",
    "Europe/Berlin",
    "Asia/Tokyo",
    "Australia/Sydney",
    "Australia/Lord_Howe",  # 30-minute DST
    "Antarctica/Troll",  # 2-hour DST
    "Europe/Dublin",  # negative DST in the rules
    "Africa/Casablanca",  # DST suspended for Ramadan
    "Africa/Cairo",  # clocks skip midnight
    "America/Havana",  # clocks skip midnight
    "America/Santiago",  # clocks repeat the hour before midnight
    "Pacific/Apia",  # skipped 30 December 2011
    "Pacific/Chatham",  # +12:45 / +13:45
    "Asia/Kathmandu",  # +05:45
    "Asia/Tehran",
    "America/Sao_Paulo",
    "Asia/Riyadh",
]
ZONES = sorted(zone_names())
zones = st.one_of(st.sampled_from(ZONES), st.sampled_from(TRICKY))

PROPERTY = settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

BAND_OF_HOUR = {h: Band.NIGHT for h in (*range(0, 7), 22, 23)}
BAND_OF_HOUR.update({7: Band.EARLY, 8: Band.EARLY})
BAND_OF_HOUR.update({h: Band.WORK for h in range(9, 18)})
BAND_OF_HOUR.update({h: Band.EVENING for h in range(18, 22)})


def oracle(name: str, start: datetime, minutes: int) -> tuple[int, list[Band]]:
    """(awake minutes, bands in order of first touch), one minute at a time."""
    awake, bands = 0, []
    for m in range(minutes):
        band = BAND_OF_HOUR[local_wall(start + timedelta(minutes=m), name).hour]
        awake += band is not Band.NIGHT
        if band not in bands:
            bands.append(band)
    return awake, bands


def audience(*names: str, weight: float = 1.0) -> list[Audience]:
    return [Audience(n, get_zone(n), weight) for n in names]


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@st.composite
def zone_and_start(draw):
    """A zone and a whole-minute instant: anywhere 1980-2037, or within 36 h of one of the
    zone's offset changes (so that sessions straddle them)."""
    name = draw(zones)
    changes = [t for t, _, _ in all_transitions(name) if 1980 <= t.year <= 2037]
    if changes and draw(st.booleans()):
        at = draw(st.sampled_from(changes))
        start = at + timedelta(minutes=draw(st.integers(-36 * 60, 36 * 60)))
    else:
        start = utc("1980-01-01T00:00") + timedelta(minutes=draw(st.integers(0, 30_000_000)))
    return name, start.replace(second=0, microsecond=0)


@PROPERTY
@given(case=zone_and_start(), minutes=st.integers(1, 30 * 60))
def test_awake_share_and_bands_match_a_minute_count(case, minutes):
    name, start = case
    end = start + timedelta(minutes=minutes)
    result = zone_fairness(audience(name)[0], start, end)
    awake, bands = oracle(name, start, minutes)
    assert result.awake == timedelta(minutes=awake)
    assert result.night == timedelta(minutes=minutes - awake)
    assert result.awake_share == awake / minutes
    assert list(result.bands) == bands


@settings(max_examples=25, deadline=None, database=None)
@given(
    names=st.lists(zones, min_size=1, max_size=4, unique=True),
    weights=st.lists(st.integers(1, 5), min_size=4, max_size=4),
    day=st.integers(0, 20_000),
    duration=st.sampled_from([15, 30, 60, 90, 150]),
    event_zone=st.sampled_from(TRICKY),
)
def test_slots_match_a_minute_count(names, weights, day, duration, event_zone):
    members = [Audience(n, get_zone(n), float(w)) for n, w in zip(names, weights, strict=False)]
    local_day = datetime(1990, 1, 1) + timedelta(days=day)
    zone = get_zone(event_zone)
    day_start = local_day.replace(tzinfo=zone).astimezone(UTC)
    day_end = (local_day + timedelta(days=1)).replace(tzinfo=zone).astimezone(UTC)
    slots = rank_slots(
        members, day_start, day_end, timedelta(minutes=duration), timedelta(minutes=30)
    )
    expected = []
    start = day_start
    while start < day_end:
        shares = [oracle(m.timezone, start, duration)[0] / duration for m in members]
        total = sum(m.weight for m in members)
        score = round(sum(s * m.weight for s, m in zip(shares, members, strict=True)) / total, 3)
        asleep = tuple(m.timezone for s, m in zip(shares, members, strict=True) if s < 0.5)
        expected.append((start, score, asleep))
        start += timedelta(minutes=30)
    expected.sort(key=lambda e: (-e[1], e[0]))
    assert [(s.start, s.score, s.asleep) for s in slots] == expected


def test_tccm_in_new_york_is_early_and_in_sydney_is_night():
    # 2024-12-18 15:45-16:45 in Riyadh (+03:00) is 12:45-13:45 UTC.
    start = datetime(2024, 12, 18, 15, 45, tzinfo=get_zone("Asia/Riyadh"))
    end = start + timedelta(hours=1)
    result = fairness(audience("America/New_York", "Australia/Sydney"), start, end)
    new_york, sydney = result.zones
    assert local_wall(start, "America/New_York") == datetime(2024, 12, 18, 7, 45)
    assert new_york.bands == (Band.EARLY,)
    assert new_york.awake_share == 1.0
    assert local_wall(start, "Australia/Sydney") == datetime(2024, 12, 18, 23, 45)
    assert sydney.bands == (Band.NIGHT,)
    assert sydney.awake_share == 0.0
    assert result.score == 0.5


def test_late_march_when_the_us_has_changed_clocks_and_europe_has_not():
    # 2024-03-20: New York is on EDT (-04:00) since 10 March; Berlin is still on CET (+01:00)
    # until 31 March. 11:30-12:30 UTC is 07:30-08:30 in New York (it would be 06:30-07:30
    # on EST: half asleep) and 12:30-13:30 in Berlin.
    result = fairness(
        audience("America/New_York", "Europe/Berlin"),
        utc("2024-03-20T11:30"),
        utc("2024-03-20T12:30"),
    )
    new_york, berlin = result.zones
    assert new_york.bands == (Band.EARLY,) and new_york.awake_share == 1.0
    assert berlin.bands == (Band.WORK,) and berlin.awake_share == 1.0
    # 10:30-11:30 UTC: New York 06:30-07:30 (half night), Berlin 11:30-12:30.
    earlier = fairness(
        audience("America/New_York", "Europe/Berlin"),
        utc("2024-03-20T10:30"),
        utc("2024-03-20T11:30"),
    )
    assert earlier.zones[0].bands == (Band.NIGHT, Band.EARLY)
    assert earlier.zones[0].awake_share == 0.5
    assert earlier.score == 0.75


def test_a_session_across_sydneys_autumn_change_counts_real_minutes():
    # 2024-04-07 03:00 AEDT clocks go back to 02:00 AEST (16:00 UTC). 15:00-18:00 UTC is
    # 02:00-03:00 AEDT, then 02:00-04:00 AEST: three hours, all night.
    result = zone_fairness(
        audience("Australia/Sydney")[0], utc("2024-04-06T15:00"), utc("2024-04-06T18:00")
    )
    assert result.night == timedelta(hours=3) and result.awake_share == 0.0
    # 19:00-22:00 UTC is 05:00-08:00 AEST: two hours night, one early.
    result = zone_fairness(
        audience("Australia/Sydney")[0], utc("2024-04-06T19:00"), utc("2024-04-06T22:00")
    )
    assert result.bands == (Band.NIGHT, Band.EARLY)
    assert result.awake_share == 1 / 3


def test_best_slot_for_new_york_berlin_and_tokyo_is_the_hand_count():
    # 2024-12-18, a day in UTC, one-hour sessions every 15 minutes, equal weights.
    # Winter offsets: New York -05:00, Berlin +01:00, Tokyo +09:00. Awake is 07:00-22:00
    # local, so in UTC:
    #   New York  12:00-24:00 (and 00:00-03:00 of the next day)
    #   Berlin    06:00-21:00
    #   Tokyo     00:00-13:00 and 22:00-24:00
    # All three overlap only in 12:00-13:00 UTC: New York 07:00-08:00, Berlin 13:00-14:00,
    # Tokyo 21:00-22:00. So the best start is 12:00 UTC with score 1.0. Next come
    # 11:45 (New York awake 45 of 60 minutes: (0.75 + 1 + 1) / 3 = 0.917) and 12:15
    # (Tokyo awake 45 of 60: also 0.917), the earlier first.
    members = audience("America/New_York", "Europe/Berlin", "Asia/Tokyo")
    slots = rank_slots(
        members,
        utc("2024-12-18T00:00"),
        utc("2024-12-19T00:00"),
        timedelta(hours=1),
        timedelta(minutes=15),
    )
    assert len(slots) == 96
    best, second, third = slots[:3]
    assert (best.start, best.end, best.score, best.asleep) == (
        utc("2024-12-18T12:00"),
        utc("2024-12-18T13:00"),
        1.0,
        (),
    )
    assert (second.start, second.score) == (utc("2024-12-18T11:45"), 0.917)
    assert (third.start, third.score) == (utc("2024-12-18T12:15"), 0.917)
    assert slots[3].score < 0.917


def test_busy_intervals_leave_out_the_starts_they_overlap():
    members = audience("Europe/Berlin")
    busy = [Interval(utc("2024-12-18T10:00"), utc("2024-12-18T11:00"))]
    slots = rank_slots(
        members,
        utc("2024-12-18T00:00"),
        utc("2024-12-19T00:00"),
        timedelta(hours=1),
        timedelta(minutes=30),
        busy,
    )
    starts = {s.start for s in slots}
    assert utc("2024-12-18T09:00") in starts  # ends as the booking starts
    assert utc("2024-12-18T11:00") in starts  # starts as it ends
    assert not starts & {utc("2024-12-18T09:30"), utc("2024-12-18T10:00"), utc("2024-12-18T10:30")}
    assert len(slots) == 48 - 3


def test_asleep_lists_zones_awake_less_than_half_the_time():
    members = audience("America/New_York", "Australia/Sydney")
    slots = rank_slots(
        members,
        utc("2024-12-18T12:45"),
        utc("2024-12-18T12:46"),
        timedelta(hours=1),
        timedelta(minutes=15),
    )
    assert [s.asleep for s in slots] == [("Australia/Sydney",)]


@settings(max_examples=40, deadline=None, database=None)
@given(
    names=st.lists(zones, min_size=1, max_size=3, unique=True),
    cases=st.lists(zone_and_start(), min_size=0, max_size=5),
    lengths=st.lists(st.integers(1, 26 * 60), min_size=5, max_size=5),
)
def test_night_tally_matches_a_minute_count(names, cases, lengths):
    """Who bears the bad hours: per zone, the sessions touching its night and their minutes in
    it, counted minute by minute (sessions across DST changes among them)."""
    members = audience(*names)
    intervals = [
        Interval(start, start + timedelta(minutes=n))
        for (_, start), n in zip(cases, lengths, strict=False)
    ]
    tally = night_tally(members, intervals)
    assert [m.timezone for m, _, _ in tally] == names
    for member, count, total in tally:
        nights = [
            length - oracle(member.timezone, i.start, length)[0]
            for i in intervals
            for length in [int((i.end - i.start).total_seconds() // 60)]
        ]
        assert count == sum(1 for n in nights if n > 0)
        assert total == timedelta(minutes=sum(nights))


def test_night_tally_in_late_march_for_new_york_and_berlin():
    """14:00-16:00 UTC on 20 March 2024 is 10:00-12:00 in New York (EDT since 10 March) and
    15:00-17:00 in Berlin; 03:00-05:00 UTC is 23:00-01:00 in New York, 04:00-06:00 in Berlin;
    05:30-07:00 UTC is 01:30-03:00 in New York and 06:30-08:00 in Berlin (30 night minutes)."""
    members = audience("America/New_York", "Europe/Berlin")
    intervals = [
        Interval(utc("2024-03-20T14:00"), utc("2024-03-20T16:00")),
        Interval(utc("2024-03-20T03:00"), utc("2024-03-20T05:00")),
        Interval(utc("2024-03-20T05:30"), utc("2024-03-20T07:00")),
    ]
    tally = {m.timezone: (count, total) for m, count, total in night_tally(members, intervals)}
    assert tally["America/New_York"] == (2, timedelta(minutes=120 + 90))
    assert tally["Europe/Berlin"] == (2, timedelta(minutes=120 + 30))
