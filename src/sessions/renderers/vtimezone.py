"""VTIMEZONE components from the pinned tzdata, built with icalendar's components.

One STANDARD/DAYLIGHT observance per kind of change, dated at the local time
(in the offset before the change) at which the zone database changes the
clocks, for whole years. Zones that are UTC under another name are written
with `Z` and never get a VTIMEZONE (`UTC_ZONES`).
"""

from __future__ import annotations

import functools
from datetime import UTC, datetime, timedelta

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

from sessions.domain.clock import format_offset
from sessions.domain.zones import Zone, get_zone

# Zones that are UTC under another name: written with `Z`, never as a TZID.
UTC_ZONES = frozenset(
    {
        "UTC",
        "UCT",
        "Etc/UTC",
        "Etc/UCT",
        "Universal",
        "Etc/Universal",
        "Zulu",
        "Etc/Zulu",
        "GMT",
        "Etc/GMT",
        "GMT0",
        "Etc/GMT0",
        "GMT+0",
        "Etc/GMT+0",
        "GMT-0",
        "Etc/GMT-0",
        "Greenwich",
        "Etc/Greenwich",
    }
)


_SCAN_STEP = timedelta(hours=12)
_ZoneState = tuple[timedelta, timedelta, str]  # UTC offset, DST part, abbreviation


def _zone_state(instant: datetime, zone: Zone) -> _ZoneState:
    here = instant.astimezone(zone)
    offset, dst = here.utcoffset(), here.dst()
    assert offset is not None
    return offset, dst or timedelta(0), here.tzname() or format_offset(offset)


def zone_transitions(
    zone: Zone, start: datetime, end: datetime
) -> list[tuple[datetime, _ZoneState, _ZoneState]]:
    """Every change of offset, DST or abbreviation in [start, end), to the second.

    Read from the zone itself (the pinned tzdata): scanned in half-day steps
    and bisected. Two changes less than half a day apart that cancel out
    would be missed; the zone database has none in the years calendars use.
    """
    found = []
    moment, before = start, _zone_state(start, zone)
    while moment < end:
        ahead = min(moment + _SCAN_STEP, end)
        if _zone_state(ahead, zone) == before:
            moment = ahead
            continue
        low, high = moment, ahead
        while high - low > timedelta(seconds=1):
            middle = (low + (high - low) / 2).replace(microsecond=0)
            if _zone_state(middle, zone) == before:
                low = middle
            else:
                high = middle
        after = _zone_state(high, zone)
        found.append((high, before, after))
        moment, before = high, after
    return found


@functools.lru_cache(maxsize=512)
def vtimezone(tzid: str, first_year: int, last_year: int) -> bytes:
    """The VTIMEZONE of an IANA zone from the pinned tzdata, for whole years.

    Covers local 1 January of `first_year` to 1 January after `last_year`:
    one STANDARD/DAYLIGHT observance per kind of change, its DTSTART and
    RDATEs the local times (in the offset before the change) at which the
    zone database changes the clocks, so it follows tzdata updates.
    Built from icalendar's components. (icalendar's own
    `Timezone.from_tzinfo` writes a spring-forward observance's DTSTART in
    the offset after the change, an hour late, which readers that use the
    VTIMEZONE get wrong.)
    """
    zone = get_zone(tzid)
    start = datetime(first_year, 1, 1, tzinfo=zone).astimezone(UTC)
    end = datetime(last_year + 1, 1, 1, tzinfo=zone).astimezone(UTC)
    offset, dst, name = _zone_state(start, zone)
    observances: dict[tuple[timedelta, timedelta, str, bool], list[datetime]] = {
        (offset, offset, name, dst <= timedelta(0)): [(start + offset).replace(tzinfo=None)]
    }
    for at, before, after in zone_transitions(zone, start, end):
        key = (before[0], after[0], after[2], after[1] <= timedelta(0))
        observances.setdefault(key, []).append((at + before[0]).replace(tzinfo=None))
    component = Timezone()
    component.add("TZID", tzid)
    for (offset_from, offset_to, abbreviation, standard), starts in observances.items():
        observance = TimezoneStandard() if standard else TimezoneDaylight()
        observance.add("DTSTART", starts[0])
        if starts[1:]:
            observance.add("RDATE", starts[1:])
        observance.add("TZOFFSETFROM", offset_from)
        observance.add("TZOFFSETTO", offset_to)
        observance.add("TZNAME", abbreviation)
        component.add_component(observance)
    return component.to_ical()


__all__ = ["UTC_ZONES", "vtimezone", "zone_transitions"]
