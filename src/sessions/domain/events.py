"""Rules for an event's own fields."""

from __future__ import annotations

from datetime import date

from sessions.domain.errors import ErrorCollector
from sessions.domain.limits import MAX_EVENT_DAYS, MAX_YEAR, MIN_YEAR, SLUG_MAX, SLUG_RE
from sessions.domain.model import EventKind
from sessions.domain.zones import UnknownZone, get_zone


def check_slug(slug: str, errors: ErrorCollector, field: str = "slug") -> None:
    if len(slug) > SLUG_MAX or not SLUG_RE.match(slug):
        errors.add(
            field,
            f"Use lower-case letters, digits and single hyphens (at most {SLUG_MAX}), "
            "such as 'igf-2024'.",
            slug,
        )


def check_zone(name: str, errors: ErrorCollector, field: str = "timezone") -> None:
    try:
        get_zone(name)
    except UnknownZone as exc:
        errors.add(field, str(exc), name)


def check_dates(kind: EventKind, start: date, end: date, errors: ErrorCollector) -> None:
    # The same years as sessions' times: every calendar can write the day after the last one
    # (an all-day item's exclusive DTEND), which 9999-12-31 has not.
    for name, value in (("start_date", start), ("end_date", end)):
        if not MIN_YEAR <= value.year <= MAX_YEAR:
            errors.add(
                name, f"The year must be between {MIN_YEAR} and {MAX_YEAR}.", value.isoformat()
            )
    if end < start:
        errors.add(
            "end_date",
            f"The last day must be on or after the first day ({start.isoformat()}).",
            end.isoformat(),
        )
    elif (end - start).days + 1 > MAX_EVENT_DAYS:
        errors.add("end_date", f"An event lasts at most {MAX_EVENT_DAYS} days.", end.isoformat())
    if kind is EventKind.DEADLINE and end != start:
        errors.add(
            "end_date",
            "A deadline is a one-day event: its last day must be its first day.",
            end.isoformat(),
        )
