"""Wall-clock rules (time rules 2-4).

Organisers write local wall-clock times in the event's zone. The truth is the
wall time plus the zone (plus `fold`, which of two equal wall times during a
fall-back hour); the UTC instant is derived from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from pendulum.tz.exceptions import AmbiguousTime, NonExistingTime

from sessions.domain.errors import InvalidInput
from sessions.domain.limits import MAX_YEAR, MIN_YEAR
from sessions.domain.messages import Text
from sessions.domain.zones import UTC, Zone

# Earlier years are mostly local mean time (offsets with seconds); later ones
# overflow datetime arithmetic near its limits; no meeting needs them. A few
# zones still had offsets with seconds inside this range (Africa/Monrovia,
# UTC-00:44:30 until 1972): format_instant handles them.

# ASCII digits only, and nothing after the match (not even a newline: `$` would allow one).
_WALL_RE = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})T(?P<time>\d{2}:\d{2}(?::\d{2})?)"
    r"(?P<offset>Z|[+-]\d{2}:\d{2})?",
    re.ASCII,
)


@dataclass(frozen=True, slots=True)
class WallTime:
    """A local wall-clock time in a zone. `fold` picks the second of a repeated hour."""

    wall: datetime  # naive
    fold: int
    zone: Zone

    @property
    def aware(self) -> datetime:
        return self.wall.replace(tzinfo=self.zone, fold=self.fold)

    @property
    def instant(self) -> datetime:
        """The derived UTC instant (stdlib datetime, tz=UTC)."""
        return self.aware.astimezone(timezone.utc)

    @classmethod
    def from_instant(cls, instant: datetime, zone: Zone) -> WallTime:
        local = instant.astimezone(zone)
        return cls(local.replace(tzinfo=None, fold=0), local.fold, zone)


@dataclass(frozen=True, slots=True)
class Transition:
    """One change of a zone's UTC offset."""

    at: datetime  # UTC instant
    offset_before: timedelta
    offset_after: timedelta

    @property
    def wall_before(self) -> datetime:
        return (self.at + self.offset_before).replace(tzinfo=None)

    @property
    def wall_after(self) -> datetime:
        return (self.at + self.offset_after).replace(tzinfo=None)


def format_offset(offset: timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{mins:02d}"


def format_instant(moment: datetime) -> str:
    """RFC 3339 as the API writes it: seconds always, no fractions, UTC as +00:00.

    RFC 3339 offsets have no seconds. Where a zone's offset has some (local
    mean time, e.g. Africa/Monrovia until 1972), the same instant is written
    with the offset rounded to the minute, never the local digits with a
    truncated offset (which would name another instant).
    """
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError("format_instant needs an aware datetime")
    if offset % timedelta(minutes=1):
        offset = timedelta(minutes=round(offset / timedelta(minutes=1)))
        moment = moment.astimezone(timezone(offset))
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + format_offset(offset)


def _offset_at(instant: datetime, zone: Zone) -> timedelta:
    return instant.astimezone(zone).utcoffset()  # type: ignore[return-value]


def transition_near(wall: datetime, zone: Zone) -> Transition:
    """The offset change that makes `wall` skipped or repeated in `zone`.

    The change happens at an instant between the two readings of `wall`; a
    bisection on the UTC axis finds it to the second.
    """
    first = wall.replace(tzinfo=zone, fold=0).utcoffset()
    second = wall.replace(tzinfo=zone, fold=1).utcoffset()
    assert first is not None and second is not None
    lo = (wall - max(first, second) - timedelta(hours=1)).replace(tzinfo=timezone.utc)
    hi = (wall - min(first, second) + timedelta(hours=1)).replace(tzinfo=timezone.utc)
    before = _offset_at(lo, zone)
    while hi - lo > timedelta(seconds=1):
        mid = lo + (hi - lo) / 2
        mid = mid.replace(microsecond=0)
        if _offset_at(mid, zone) == before:
            lo = mid
        else:
            hi = mid
    return Transition(hi, before, _offset_at(hi, zone))


def _describe(transition: Transition, zone_name: str) -> Text:
    values = {
        "before": f"{transition.wall_before:%H:%M}",
        "date": f"{transition.wall_before:%Y-%m-%d}",
        "zone": zone_name,
        "after": f"{transition.wall_after:%H:%M}",
        "offset_before": f"UTC{format_offset(transition.offset_before)}",
        "offset_after": f"UTC{format_offset(transition.offset_after)}",
    }
    # One sentence per direction: a translator sees the whole of each.
    if transition.offset_after > transition.offset_before:
        return Text(
            "at {before} on {date} the clocks in {zone} go forward to {after} "
            "({offset_before} → {offset_after})",
            **values,
        )
    return Text(
        "at {before} on {date} the clocks in {zone} go back to {after} "
        "({offset_before} → {offset_after})",
        **values,
    )


def _classify(wall: datetime, zone: Zone) -> str:
    """'gap', 'fold' or 'ok': pendulum checks the wall time against the zone's rules."""
    try:
        zone.convert(wall, raise_on_unknown_times=True)
    except NonExistingTime:
        return "gap"
    except AmbiguousTime:
        return "fold"
    return "ok"


def is_gap(wall: datetime, zone: Zone) -> bool:
    """True when `wall` is skipped in `zone` (the spring-forward gap)."""
    return _classify(wall, zone) == "gap"


def is_fold(wall: datetime, zone: Zone) -> bool:
    """True when `wall` happens twice in `zone` (the fall-back hour)."""
    return _classify(wall, zone) == "fold"


def resolve_wall(wall: datetime, zone: Zone, field: str) -> WallTime:
    """A naive wall time made into the truth, or a 422 that explains the clocks."""
    zone_name = getattr(zone, "name", str(zone))
    shown = wall.strftime("%Y-%m-%dT%H:%M")
    kind = _classify(wall, zone)
    if kind == "gap":
        change = transition_near(wall, zone)
        raise InvalidInput.single(
            field,
            Text(
                "{shown} does not exist in {zone}: {change}, so local times from {before} to "
                "{after} are skipped that day; pick a time before {before} or from {after} on.",
                shown=shown,
                zone=zone_name,
                change=_describe(change, zone_name),
                before=f"{change.wall_before:%H:%M}",
                after=f"{change.wall_after:%H:%M}",
            ),
            wall.isoformat(timespec="minutes"),
        )
    if kind == "fold":
        change = transition_near(wall, zone)
        first = format_offset(change.offset_before)
        second = format_offset(change.offset_after)
        raise InvalidInput.single(
            field,
            Text(
                "{shown} happens twice in {zone}: {change}; add the offset to say which: "
                "{first} (the first) or {second} (the second).",
                shown=shown,
                zone=zone_name,
                change=_describe(change, zone_name),
                first=f"{shown}{first}",
                second=f"{shown}{second}",
            ),
            wall.isoformat(timespec="minutes"),
        )
    return WallTime(wall, 0, zone)


def parse_local_datetime(text: object, field: str) -> datetime:
    """Read an organiser's time as text, once, at the edge (time rule 2).

    `2024-12-18T15:45` becomes a naive datetime: a wall time, to be placed in the
    event's zone by `to_wall_time`. With an offset (`...-05:00`, `...Z`) it becomes an
    aware datetime: an instant.
    """
    if not isinstance(text, str):
        raise InvalidInput.single(field, "Write a date and time such as 2024-12-18T15:45.")
    match = _WALL_RE.fullmatch(text)
    if not match:
        raise InvalidInput.single(
            field,
            "Write a date and time such as 2024-12-18T15:45 "
            "(optionally with seconds and an offset such as +03:00).",
            text,
        )
    offset_text = match["offset"]
    try:
        wall = datetime.fromisoformat(f"{match['date']}T{match['time']}")
    except ValueError:
        raise InvalidInput.single(
            field, "This is not a valid calendar date and time.", text
        ) from None
    if not MIN_YEAR <= wall.year <= MAX_YEAR:
        raise InvalidInput.single(
            field, f"The year must be between {MIN_YEAR} and {MAX_YEAR}.", text
        )
    if offset_text is None:
        return wall
    if offset_text == "Z":
        offset = timedelta(0)
    else:
        sign = 1 if offset_text[0] == "+" else -1
        hours, minutes = int(offset_text[1:3]), int(offset_text[4:6])
        if hours > 23 or minutes > 59:
            raise InvalidInput.single(field, "The UTC offset is not valid.", text)
        offset = sign * timedelta(hours=hours, minutes=minutes)
    return wall.replace(tzinfo=timezone(offset))


def to_wall_time(value: datetime, zone: Zone, field: str) -> WallTime:
    """A naive datetime is a wall time in `zone` (a gap or a repeated hour is a 422 that
    explains the clocks); an aware one is an instant, accepted as such."""
    if value.tzinfo is None:
        return resolve_wall(value, zone, field)
    return WallTime.from_instant(value, zone)


def parse_wall_time(text: object, zone: Zone, field: str) -> WallTime:
    """Text straight to a wall time in `zone` (for readers of files, such as the frab reader)."""
    return to_wall_time(parse_local_datetime(text, field), zone, field)


def parse_date(text: object, field: str) -> date:
    if not isinstance(text, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise InvalidInput.single(field, "Write a date such as 2024-12-18.", text)
    try:
        value = date.fromisoformat(text)
    except ValueError:
        raise InvalidInput.single(field, "This is not a valid calendar date.", text) from None
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise InvalidInput.single(
            field, f"The year must be between {MIN_YEAR} and {MAX_YEAR}.", text
        )
    return value


def in_zone(instant: datetime, zone: Zone) -> datetime:
    """An instant as a stdlib aware datetime in `zone` (what msgspec can encode)."""
    local = instant.astimezone(zone)
    # Replace pendulum's zone object with a fixed offset: callers only format it.
    return local.replace(tzinfo=timezone(local.utcoffset()))  # type: ignore[arg-type]


def local_midnight_after(local: datetime) -> datetime:
    """The next local midnight's wall time after an aware local datetime (naive)."""
    return datetime.combine(local.date() + timedelta(days=1), datetime.min.time())


def crosses_midnight(start_local: datetime, end_local: datetime) -> bool:
    """Time rule 4: ends after the next local midnight (ending exactly at 00:00 does not)."""
    return end_local.replace(tzinfo=None) > local_midnight_after(start_local)


__all__ = [
    "UTC",
    "Transition",
    "WallTime",
    "crosses_midnight",
    "format_instant",
    "format_offset",
    "in_zone",
    "is_fold",
    "is_gap",
    "parse_date",
    "parse_local_datetime",
    "parse_wall_time",
    "resolve_wall",
    "to_wall_time",
    "transition_near",
]
