"""Time rules 2 and 4: organisers' wall times, gaps and folds, and how times are written."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest
from domain_helpers import RFC3339, UTC, wall

from sessions.domain.clock import (
    WallTime,
    crosses_midnight,
    format_instant,
    format_offset,
    in_zone,
    is_fold,
    is_gap,
    parse_date,
    parse_wall_time,
)
from sessions.domain.errors import InvalidInput
from sessions.domain.limits import MAX_YEAR, MIN_YEAR
from sessions.domain.zones import get_zone

NY = "America/New_York"


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def refusal(text: object, zone_name: str, field: str = "start") -> InvalidInput:
    with pytest.raises(InvalidInput) as err:
        parse_wall_time(text, get_zone(zone_name), field)
    assert [e.field for e in err.value.errors] == [field]
    return err.value


# --- the reference example -------------------------------------------------------


def test_reference_session_start_in_riyadh() -> None:
    start = wall("2024-12-18T15:45", "Asia/Riyadh")
    assert start.instant == utc(2024, 12, 18, 12, 45)
    assert start.wall == datetime(2024, 12, 18, 15, 45)
    assert format_instant(in_zone(start.instant, start.zone)) == "2024-12-18T15:45:00+03:00"


@pytest.mark.parametrize(
    ("zone_name", "shown"),
    [
        ("America/New_York", "2024-12-18T07:45:00-05:00"),
        ("Australia/Sydney", "2024-12-18T23:45:00+11:00"),
        ("UTC", "2024-12-18T12:45:00+00:00"),
        ("Asia/Kathmandu", "2024-12-18T18:30:00+05:45"),
        ("America/St_Johns", "2024-12-18T09:15:00-03:30"),
    ],
)
def test_one_instant_written_in_each_viewers_zone(zone_name: str, shown: str) -> None:
    start = wall("2024-12-18T15:45", "Asia/Riyadh")
    text = format_instant(in_zone(start.instant, get_zone(zone_name)))
    assert text == shown
    assert datetime.fromisoformat(text) == start.instant


# --- the spring-forward gap ------------------------------------------------------


def test_gap_time_is_refused_and_the_message_says_what_the_clocks_do() -> None:
    err = refusal("2025-03-09T02:30", NY)
    message = err.errors[0].message
    assert "2025-03-09T02:30 does not exist in America/New_York" in message
    assert "at 02:00 on 2025-03-09" in message
    assert "go forward to 03:00" in message
    assert "UTC-05:00 → UTC-04:00" in message
    assert err.errors[0].value == "2025-03-09T02:30"
    assert is_gap(datetime(2025, 3, 9, 2, 30), get_zone(NY))


@pytest.mark.parametrize(
    ("text", "instant"),
    [
        ("2025-03-09T01:59", utc(2025, 3, 9, 6, 59)),
        ("2025-03-09T03:00", utc(2025, 3, 9, 7, 0)),
    ],
)
def test_edges_of_the_gap_exist(text: str, instant: datetime) -> None:
    assert wall(text, NY).instant == instant


@pytest.mark.parametrize("text", ["2025-03-09T02:00", "2025-03-09T02:59:59"])
def test_whole_gap_is_half_open_and_refused(text: str) -> None:
    assert "does not exist" in refusal(text, NY).errors[0].message


def test_gap_time_with_an_offset_is_an_instant_and_accepted() -> None:
    # 02:30-05:00 is a moment that happened: the clocks showed 03:30 EDT.
    moment = wall("2025-03-09T02:30-05:00", NY)
    assert moment.instant == utc(2025, 3, 9, 7, 30)
    assert moment.wall == datetime(2025, 3, 9, 3, 30)


# --- the fall-back fold ----------------------------------------------------------


def test_fold_time_is_refused_without_an_offset_and_the_message_offers_both() -> None:
    err = refusal("2025-11-02T01:30", NY, field="end")
    message = err.errors[0].message
    assert "happens twice in America/New_York" in message
    assert "go back to 01:00" in message
    assert "2025-11-02T01:30-04:00 (the first)" in message
    assert "2025-11-02T01:30-05:00 (the second)" in message
    assert is_fold(datetime(2025, 11, 2, 1, 30), get_zone(NY))


def test_offset_picks_the_occurrence_of_a_repeated_time() -> None:
    second = wall("2025-11-02T01:30-05:00", NY)
    first = wall("2025-11-02T01:30-04:00", NY)
    assert second.instant == utc(2025, 11, 2, 6, 30)
    assert first.instant == utc(2025, 11, 2, 5, 30)
    assert (first.wall, first.fold) == (datetime(2025, 11, 2, 1, 30), 0)
    assert (second.wall, second.fold) == (datetime(2025, 11, 2, 1, 30), 1)
    assert format_instant(in_zone(second.instant, second.zone)) == "2025-11-02T01:30:00-05:00"
    assert format_instant(in_zone(first.instant, first.zone)) == "2025-11-02T01:30:00-04:00"


@pytest.mark.parametrize(
    ("text", "instant"),
    [
        ("2025-11-02T00:59", utc(2025, 11, 2, 4, 59)),
        ("2025-11-02T02:00", utc(2025, 11, 2, 7, 0)),
    ],
)
def test_edges_of_the_fold_are_unambiguous(text: str, instant: datetime) -> None:
    assert wall(text, NY).instant == instant


# --- offsets make instants -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2024-12-18T07:45-05:00",
        "2024-12-18T12:45Z",
        "2024-12-18T12:45:00+00:00",
        "2024-12-18T23:45:00+11:00",
        "2024-12-18T15:45+03:00",
    ],
)
def test_a_time_with_an_offset_is_an_instant(text: str) -> None:
    moment = wall(text, "Asia/Riyadh")
    assert moment.instant == utc(2024, 12, 18, 12, 45)
    assert moment.wall == datetime(2024, 12, 18, 15, 45)  # shown in the event's zone


def test_seconds_are_kept() -> None:
    assert wall("2024-12-18T15:45:30", "Asia/Riyadh").instant == utc(2024, 12, 18, 12, 45, 30)


@pytest.mark.parametrize(
    "text",
    [
        "2024-12-18 15:45",
        "2024-12-18",
        "15:45",
        "2024-12-18T15:45\n",  # `$` used to let a trailing newline through
        "2024-12-18T15:45:00-05:00\n",
        "2024-12-18T15:45 ",
        " 2024-12-18T15:45",
        "2024-12-18T15:45:00.5",
        "2024-12-18T15:45+0300",
        "2024-12-18T15:45+03",
        "2024-12-18t15:45",
        "٢٠٢٤-١٢-١٨T15:45",
        "",
    ],
)
def test_malformed_times_are_refused_naming_the_field(text: str) -> None:
    err = refusal(text, "Asia/Riyadh", field="segments[1].start")
    assert err.errors[0].value == text


@pytest.mark.parametrize(
    "text", ["2024-02-30T10:00", "2024-12-18T24:00", "2024-12-18T15:60", "2024-13-01T10:00"]
)
def test_impossible_calendar_values_are_refused(text: str) -> None:
    assert "not a valid calendar date" in refusal(text, "UTC").errors[0].message


@pytest.mark.parametrize("text", ["2024-12-18T15:45+24:00", "2024-12-18T15:45-03:60"])
def test_impossible_offsets_are_refused(text: str) -> None:
    assert "offset" in refusal(text, "UTC").errors[0].message


@pytest.mark.parametrize("value", [None, 20241218, datetime(2024, 12, 18, 15, 45)])
def test_non_strings_are_refused(value: object) -> None:
    refusal(value, "UTC")


def test_year_range() -> None:
    assert wall(f"{MIN_YEAR}-06-01T00:00", "UTC").instant == utc(MIN_YEAR, 6, 1)
    assert wall(f"{MAX_YEAR}-06-01T00:00", "UTC").instant == utc(MAX_YEAR, 6, 1)
    assert "year" in refusal(f"{MIN_YEAR - 1}-06-01T00:00", "UTC").errors[0].message
    assert "year" in refusal(f"{MAX_YEAR + 1}-06-01T00:00", "UTC").errors[0].message


def test_parse_date() -> None:
    from datetime import date

    assert parse_date("2024-12-18", "start_date") == date(2024, 12, 18)
    for bad in ["2024-12-32", "18/12/2024", "2024-12-18\n", "", None, "2024-12-18T00:00"]:
        with pytest.raises(InvalidInput) as err:
            parse_date(bad, "start_date")
        assert err.value.errors[0].field == "start_date"


# --- Lord Howe: a 30-minute daylight-saving shift ------------------------------------

LH = "Australia/Lord_Howe"


def test_lord_howe_half_hour_gap() -> None:
    message = refusal("2024-10-06T02:15", LH).errors[0].message
    assert "go forward to 02:30" in message
    assert "UTC+10:30 → UTC+11:00" in message
    assert wall("2024-10-06T01:59", LH).instant == utc(2024, 10, 5, 15, 29)
    assert wall("2024-10-06T02:30", LH).instant == utc(2024, 10, 5, 15, 30)


def test_lord_howe_half_hour_fold() -> None:
    message = refusal("2025-04-06T01:45", LH).errors[0].message
    assert "go back to 01:30" in message
    assert "2025-04-06T01:45+11:00 (the first)" in message
    assert "2025-04-06T01:45+10:30 (the second)" in message
    assert wall("2025-04-06T01:45+11:00", LH).instant == utc(2025, 4, 5, 14, 45)
    assert wall("2025-04-06T01:45+10:30", LH).instant == utc(2025, 4, 5, 15, 15)
    assert wall("2025-04-06T01:29", LH).instant == utc(2025, 4, 5, 14, 29)


def test_lord_howe_offsets_are_written_with_half_hours() -> None:
    winter = in_zone(utc(2025, 6, 1), get_zone(LH))
    summer = in_zone(utc(2025, 1, 1), get_zone(LH))
    assert format_instant(winter) == "2025-06-01T10:30:00+10:30"
    assert format_instant(summer) == "2025-01-01T11:00:00+11:00"


# --- WallTime and instants -------------------------------------------------------


def test_from_instant_marks_the_second_occurrence_with_fold() -> None:
    zone = get_zone(NY)
    first = WallTime.from_instant(utc(2025, 11, 2, 5, 30), zone)
    second = WallTime.from_instant(utc(2025, 11, 2, 6, 30), zone)
    assert first.wall == second.wall == datetime(2025, 11, 2, 1, 30)
    assert (first.fold, second.fold) == (0, 1)
    assert first.instant == utc(2025, 11, 2, 5, 30)
    assert second.instant == utc(2025, 11, 2, 6, 30)


def test_wall_time_is_the_truth_when_zone_rules_change() -> None:
    # The same wall time in another zone keeps the wall clock, not the instant.
    riyadh = wall("2024-12-18T15:45", "Asia/Riyadh")
    dubai = WallTime(riyadh.wall, riyadh.fold, get_zone("Asia/Dubai"))
    assert dubai.instant == riyadh.instant - timedelta(hours=1)


# --- format_instant ------------------------------------------------------------


def test_format_instant_utc_is_plus_zero_with_seconds() -> None:
    assert format_instant(utc(2024, 12, 18, 12, 45)) == "2024-12-18T12:45:00+00:00"
    assert format_instant(in_zone(utc(2024, 12, 18, 12, 45), get_zone("UTC"))) == (
        "2024-12-18T12:45:00+00:00"
    )


def test_format_instant_drops_fractions() -> None:
    text = format_instant(datetime(2024, 12, 18, 12, 45, 7, 999_999, tzinfo=UTC))
    assert text == "2024-12-18T12:45:07+00:00"
    assert re.fullmatch(RFC3339, text)


def test_format_instant_refuses_naive_datetimes() -> None:
    with pytest.raises(ValueError):
        format_instant(datetime(2024, 12, 18, 12, 45))


@pytest.mark.parametrize(
    ("minutes", "text"),
    [
        (0, "+00:00"),
        (180, "+03:00"),
        (-300, "-05:00"),
        (345, "+05:45"),
        (-210, "-03:30"),
        (-30, "-00:30"),
        (-570, "-09:30"),
        (14 * 60, "+14:00"),
    ],
)
def test_format_offset(minutes: int, text: str) -> None:
    assert format_offset(timedelta(minutes=minutes)) == text


def test_offsets_with_seconds_still_name_the_right_instant() -> None:
    # Regression: Liberia kept UTC-00:44:30 until 1972. The local digits with a
    # truncated offset ("11:15:30-00:45") named an instant 30 s off.
    moment = utc(1971, 6, 1, 12, 0)
    text = format_instant(in_zone(moment, get_zone("Africa/Monrovia")))
    assert re.fullmatch(RFC3339, text)
    assert datetime.fromisoformat(text) == moment
    # The organiser's wall time, read back, is still that wall time give or take
    # the rounded half minute.
    start = wall("1971-06-01T11:15", "Africa/Monrovia")
    assert start.instant == utc(1971, 6, 1, 11, 59, 30)
    shown = datetime.fromisoformat(format_instant(in_zone(start.instant, start.zone)))
    assert shown == start.instant
    assert abs(shown.replace(tzinfo=None) - datetime(1971, 6, 1, 11, 15)) <= timedelta(seconds=30)


# --- crosses_midnight ------------------------------------------------------------


def _local(text: str) -> datetime:
    return datetime.fromisoformat(text)


@pytest.mark.parametrize(
    ("start", "end", "crosses"),
    [
        ("2024-12-18T23:45:00+11:00", "2024-12-19T00:45:00+11:00", True),
        ("2024-12-18T07:45:00-05:00", "2024-12-18T08:45:00-05:00", False),
        ("2024-12-18T23:00:00+11:00", "2024-12-19T00:00:00+11:00", False),  # ends at 00:00
        ("2024-12-18T23:00:00+11:00", "2024-12-19T00:00:01+11:00", True),
        ("2024-12-18T00:00:00+03:00", "2024-12-19T00:00:00+03:00", False),  # a whole day
        ("2024-12-18T00:00:00+03:00", "2024-12-19T00:01:00+03:00", True),
        ("2024-12-18T10:00:00+03:00", "2024-12-20T09:00:00+03:00", True),  # two days on
        # Across a fall-back: 23:30 EDT to 01:30 EST, next day.
        ("2025-11-01T23:30:00-04:00", "2025-11-02T01:30:00-05:00", True),
    ],
)
def test_crosses_midnight(start: str, end: str, crosses: bool) -> None:
    assert crosses_midnight(_local(start), _local(end)) is crosses


def test_in_zone_is_a_fixed_offset_view_of_the_same_instant() -> None:
    moment = utc(2025, 11, 2, 6, 30)
    local = in_zone(moment, get_zone(NY))
    assert local == moment
    assert local.utcoffset() == timedelta(hours=-5)
    assert isinstance(local.tzinfo, timezone)
