"""Rules for an event's own fields: slug, zone, dates."""

from __future__ import annotations

from datetime import date

import pytest

from sessions.domain.errors import ErrorCollector
from sessions.domain.events import check_dates, check_slug, check_zone
from sessions.domain.limits import MAX_EVENT_DAYS
from sessions.domain.model import EventKind, default_tracks


def fields(check, *args) -> list[str]:
    errors = ErrorCollector()
    check(*args, errors)
    return [e.field for e in errors.errors]


@pytest.mark.parametrize("slug", ["igf-2024", "a", "wsis-20-hle", "2025"])
def test_good_slugs(slug: str) -> None:
    assert fields(check_slug, slug) == []


@pytest.mark.parametrize(
    "slug",
    [
        "IGF-2024",
        "igf_2024",
        "igf--2024",
        "-igf",
        "igf-",
        "",
        "igf 2024",
        "igf-2024\n",
        "é",
        "a" * 65,
    ],
)
def test_bad_slugs_are_refused(slug: str) -> None:
    assert fields(check_slug, slug) == ["slug"]


@pytest.mark.parametrize("name", ["Asia/Riyadh", "UTC", "US/Eastern"])
def test_good_zones(name: str) -> None:
    assert fields(check_zone, name) == []


@pytest.mark.parametrize("name", ["Mars/Olympus", "+03:00", "asia/riyadh", "", None, ["UTC"]])
def test_bad_zones_name_the_field_and_the_value(name: object) -> None:
    errors = ErrorCollector()
    check_zone(name, errors)  # type: ignore[arg-type]
    [error] = errors.errors
    assert (error.field, error.value) == ("timezone", name)
    assert repr(name) in error.message


def test_event_dates_are_inclusive_and_bounded() -> None:
    meeting = EventKind.MEETING
    assert fields(check_dates, meeting, date(2024, 12, 15), date(2024, 12, 19)) == []
    assert fields(check_dates, meeting, date(2024, 12, 15), date(2024, 12, 15)) == []
    assert fields(check_dates, meeting, date(2024, 12, 15), date(2024, 12, 14)) == ["end_date"]
    last_ok = date.fromordinal(date(2025, 1, 1).toordinal() + MAX_EVENT_DAYS - 1)
    assert fields(check_dates, meeting, date(2025, 1, 1), last_ok) == []
    too_long = date.fromordinal(last_ok.toordinal() + 1)
    assert fields(check_dates, meeting, date(2025, 1, 1), too_long) == ["end_date"]


def test_a_deadline_is_one_day() -> None:
    deadline = EventKind.DEADLINE
    assert fields(check_dates, deadline, date(2025, 3, 14), date(2025, 3, 14)) == []
    assert fields(check_dates, deadline, date(2025, 3, 14), date(2025, 3, 15)) == ["end_date"]


def test_new_events_get_in_person_and_online_tracks() -> None:
    tracks = default_tracks()
    assert [(t.slug, t.mode.value) for t in tracks] == [
        ("in-person", "in_person"),
        ("online", "online"),
    ]


@pytest.mark.parametrize(
    ("start", "end", "field"),
    [
        (date(9999, 12, 31), date(9999, 12, 31), "start_date"),  # broke /calendar.ics for all
        (date(1969, 12, 31), date(1970, 1, 1), "start_date"),
        (date(2999, 12, 31), date(3000, 1, 1), "end_date"),
    ],
)
def test_event_dates_stay_in_the_years_calendars_can_write(start, end, field):
    errors = ErrorCollector()
    check_dates(EventKind.MEETING, start, end, errors)
    assert field in [e.field for e in errors.errors]


def test_the_last_writable_years_are_accepted():
    errors = ErrorCollector()
    check_dates(EventKind.MEETING, date(2999, 12, 30), date(2999, 12, 31), errors)
    check_dates(EventKind.MEETING, date(1970, 1, 1), date(1970, 1, 2), errors)
    assert errors.errors == []
