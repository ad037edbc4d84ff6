"""Builders and independent oracles shared by the domain tests.

The oracles read zone rules straight from the pinned `tzdata` package's files
with the standard library (no pendulum, no code from `sessions`), so the tests
never check the code under test against itself.
"""

from __future__ import annotations

import functools
import zoneinfo
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from importlib import resources
from uuid import UUID

from sessions.domain.clock import WallTime, parse_local_datetime, parse_wall_time
from sessions.domain.model import (
    Event,
    EventStatus,
    Person,
    PersonRole,
    Session,
    SessionStatus,
)
from sessions.domain.plan import SegmentSpec, plan_segments
from sessions.domain.zones import get_zone

RFC3339 = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$"


# --- oracles -------------------------------------------------------------------


@functools.cache
def tzdata_zone(name: str) -> zoneinfo.ZoneInfo:
    """The zone as the pinned tzdata package's own file describes it (stdlib only)."""
    path = resources.files("tzdata").joinpath("zoneinfo", *name.split("/"))
    with path.open("rb") as f:
        return zoneinfo.ZoneInfo.from_file(f, key=name)


def local_wall(instant: datetime, name: str) -> datetime:
    """What a clock in zone `name` reads at `instant` (naive)."""
    return instant.astimezone(tzdata_zone(name)).replace(tzinfo=None)


def readings(wall: datetime, name: str) -> list[datetime]:
    """Every UTC instant at which a clock in `name` reads `wall`.

    The two candidate offsets come from utcoffset with fold=0 and fold=1; a
    candidate counts only if it round-trips through UTC back to `wall`.
    0 instants: the wall time is skipped; 2: it happens twice.
    """
    zone = tzdata_zone(name)
    found: set[datetime] = set()
    for fold in (0, 1):
        offset = wall.replace(tzinfo=zone, fold=fold).utcoffset()
        assert offset is not None
        candidate = (wall - offset).replace(tzinfo=UTC)
        if local_wall(candidate, name) == wall:
            found.add(candidate)
    return sorted(found)


def _offset(instant: datetime, zone: zoneinfo.ZoneInfo) -> timedelta:
    off = instant.astimezone(zone).utcoffset()
    assert off is not None
    return off


@functools.cache
def transitions(name: str, year: int) -> tuple[tuple[datetime, timedelta, timedelta], ...]:
    """(instant, offset before, offset after) of every offset change in `year`.

    Found by scanning the zone every 6 hours and bisecting each change to the
    second; zones' rules change on whole seconds.
    """
    zone = tzdata_zone(name)
    step = timedelta(hours=6)
    t = datetime(year, 1, 1, tzinfo=UTC)
    end = datetime(year + 1, 1, 1, tzinfo=UTC)
    before = _offset(t, zone)
    found = []
    while t < end:
        nxt = t + step
        after = _offset(nxt, zone)
        if after != before:
            lo, hi = t, nxt
            while hi - lo > timedelta(seconds=1):
                mid = (lo + (hi - lo) / 2).replace(microsecond=0)
                if _offset(mid, zone) == before:
                    lo = mid
                else:
                    hi = mid
            found.append((hi, before, _offset(hi, zone)))
        before = after
        t = nxt
    return tuple(found)


def transition_bracketing(wall: datetime, name: str) -> tuple[datetime, datetime]:
    """For a skipped or repeated `wall`: the walls just before and after the change."""
    zone = tzdata_zone(name)
    off0 = wall.replace(tzinfo=zone, fold=0).utcoffset()
    off1 = wall.replace(tzinfo=zone, fold=1).utcoffset()
    assert off0 is not None and off1 is not None and off0 != off1
    lo = (wall - max(off0, off1) - timedelta(hours=2)).replace(tzinfo=UTC)
    hi = (wall - min(off0, off1) + timedelta(hours=2)).replace(tzinfo=UTC)
    for at, before, after in transitions(name, lo.year) + transitions(name, hi.year):
        if lo <= at <= hi:
            return (at + before).replace(tzinfo=None), (at + after).replace(tzinfo=None)
    raise AssertionError(f"no transition found near {wall} in {name}")


# --- builders ------------------------------------------------------------------

TRACKS = ("in-person", "online")


def zone(name: str):
    return get_zone(name)


def local(text: str) -> datetime:
    """A time as the edge reads it: naive for a wall time, aware with an offset."""
    return parse_local_datetime(text, "test")


def wall(text: str, zone_name: str, field: str = "start") -> WallTime:
    return parse_wall_time(text, get_zone(zone_name), field)


def make_event(
    tz: str = "Asia/Riyadh",
    start: date = date(2024, 12, 15),
    end: date = date(2024, 12, 19),
    slug: str = "igf-2024",
) -> Event:
    return Event(
        slug=slug,
        title="Internet Governance Forum 2024",
        timezone=tz,
        start_date=start,
        end_date=end,
        venue="Riyadh",
        status=EventStatus.PUBLISHED,
    )


_ids = iter(range(1, 10**9))


def make_session(
    title: str,
    start: str,
    end: str,
    tz: str = "Asia/Riyadh",
    *,
    tracks: Sequence[str] = TRACKS,
    room: str | None = None,
    people: Sequence[Person] = (),
    status: SessionStatus = SessionStatus.CONFIRMED,
    segments: Sequence[SegmentSpec] = (),
) -> Session:
    session = Session(
        title=title,
        start=wall(start, tz, "start"),
        end=wall(end, tz, "end"),
        tracks=tuple(tracks),
        room=room,
        people=tuple(people),
        status=status,
        id=UUID(int=next(_ids)),
    )
    if segments:
        session = replace_segments(session, plan_segments(session, segments, get_zone(tz)))
    return session


def replace_segments(session: Session, segments) -> Session:
    from dataclasses import replace

    return replace(session, segments=tuple(segments))


def speaker(name: str, email: str | None = None) -> Person:
    return Person(name=name, role=PersonRole.SPEAKER, email=email)


def reference_specs() -> list[SegmentSpec]:
    """The TCCM plan from PRODUCT.md, as the organiser writes it (Riyadh wall times)."""
    from sessions.domain.model import SegmentKind as K

    return [
        SegmentSpec(
            K.PRESENTATION,
            "Presentation on TCCM",
            local("2024-12-18T15:45"),
            local("2024-12-18T16:05"),
        ),
        SegmentSpec(
            K.QA,
            "Question & Answer session with panellists",
            local("2024-12-18T16:05"),
            local("2024-12-18T16:25"),
        ),
        SegmentSpec(
            K.NETWORKING,
            "Networking opportunity for in-person attendees",
            local("2024-12-18T16:25"),
            local("2024-12-18T16:45"),
            tracks=("in-person",),
        ),
        SegmentSpec(
            K.DISCUSSION,
            "Facilitated discussion for online attendees",
            local("2024-12-18T16:25"),
            local("2024-12-18T16:45"),
            tracks=("online",),
        ),
    ]


def reference_session(**kwargs) -> Session:
    return make_session(
        "A Technical Community Coalition for Multistakeholderism (TCCM)",
        "2024-12-18T15:45",
        "2024-12-18T16:45",
        "Asia/Riyadh",
        room="Workshop Room 2",
        segments=reference_specs(),
        **kwargs,
    )


def offset_text(offset: timedelta) -> str:
    """±HH:MM for a whole-minute offset, written without the code under test."""
    total = int(offset.total_seconds())
    assert total % 60 == 0, offset
    sign = "-" if total < 0 else "+"
    hours, minutes = divmod(abs(total) // 60, 60)
    return f"{sign}{hours:02d}:{minutes:02d}"


FIRST_YEAR, LAST_YEAR = 1971, 2090


@functools.cache
def all_transitions(name: str) -> tuple[tuple[datetime, timedelta, timedelta], ...]:
    """Every offset change of zone `name` from FIRST_YEAR to LAST_YEAR.

    Scanned weekly and bisected to the second (changes that revert within a
    week are not needed for these tests and may be missed).
    """
    zone = tzdata_zone(name)
    step = timedelta(days=7)
    t = datetime(FIRST_YEAR, 1, 1, tzinfo=UTC)
    end = datetime(LAST_YEAR + 1, 1, 1, tzinfo=UTC)
    before = _offset(t, zone)
    found = []
    while t < end:
        nxt = t + step
        after = _offset(nxt, zone)
        if after != before:
            lo, hi = t, nxt
            while hi - lo > timedelta(seconds=1):
                mid = (lo + (hi - lo) / 2).replace(microsecond=0)
                if _offset(mid, zone) == before:
                    lo = mid
                else:
                    hi = mid
            found.append((hi, before, _offset(hi, zone)))
        before = after
        t = nxt
    return tuple(found)
