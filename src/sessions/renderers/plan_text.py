"""Reading back the segment plan that `text.segment_lines` writes: the writer's other half.

Our frab exports print a session's plan in its `description` (the schema has
no place for segments): the header `Segment plan (times in ZONE):` and one
line per segment. `read_plan` turns that text back into segments with their
instants, so that export → import → export gives the same plans. Pure: text
in, plain values out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sessions.domain.model import SegmentKind
from sessions.domain.zones import Zone, get_zone, is_zone
from sessions.renderers.text import KIND_LABELS


@dataclass(frozen=True, slots=True)
class ImportedSegment:
    """One line of a segment plan as our writer prints it; times are instants."""

    kind: SegmentKind
    title: str
    start: datetime
    end: datetime
    tracks: str | None  # the track names as written ("In person"); None: everyone


_MONTHS = {
    name: i
    for i, name in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
        start=1,
    )
}
_DAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?P<{p}d>\d{{1,2}}) (?P<{p}mon>{months})"
_CLOCK = r"(?P<{p}h>[01]\d|2[0-3]):(?P<{p}m>[0-5]\d)"


def _day(p: str) -> str:
    return _DAY.format(p=p, months="|".join(_MONTHS))


def _clock(p: str) -> str:
    return _CLOCK.format(p=p)


_INTERVAL_RE = re.compile(
    rf"^(?:{_day('s')} )?{_clock('s')}(?:–{_clock('t')}| – {_day('e')} {_clock('e')})$"
)
_HEADER_RE = re.compile(r"^Segment plan \(times in (?P<zone>[^)]+)\):$")
_LABEL_RE = re.compile(r"^(?P<title>.+) \((?P<kind>[^()]+)\)$")
_KINDS = {label.casefold(): kind for kind, label in KIND_LABELS.items()}


def read_plan(
    text: str, session_start: datetime, session_end: datetime
) -> tuple[ImportedSegment, ...] | None:
    """The segment plan our writer prints in a talk's description, or None if it is not one.

    The text is the header `Segment plan (times in ZONE):` and one line per
    segment: `HH:MM–HH:MM  Title (kind) — Track names only` (`— everyone` for
    every track; days are named when a segment leaves the session's day).
    An empty text is an empty plan.
    """
    lines = [line for line in text.strip().splitlines() if line.strip()]
    if not lines:
        return ()
    header = _HEADER_RE.match(lines[0].strip())
    if header is None or not is_zone(header["zone"]):
        return None
    zone = get_zone(header["zone"])
    base = session_start.astimezone(zone).date()
    segments: list[ImportedSegment] = []
    for line in lines[1:]:
        segment = _plan_line(line.strip(), zone, base, session_start, session_end)
        if segment is None:
            return None
        segments.append(segment)
    return tuple(segments)


def _plan_line(
    line: str, zone: Zone, base: date, session_start: datetime, session_end: datetime
) -> ImportedSegment | None:
    interval, sep, rest = line.partition("  ")
    match = _INTERVAL_RE.match(interval)
    if not sep or match is None:
        return None
    tracks: str | None = None
    if rest.endswith(" — everyone"):
        rest = rest.removesuffix(" — everyone")
    elif rest.endswith(" only") and " — " in rest:
        rest, _, who = rest.rpartition(" — ")
        tracks = who.removesuffix(" only")
    label = _LABEL_RE.match(rest)
    if label is not None and label["kind"].casefold() in _KINDS:
        kind, title = _KINDS[label["kind"].casefold()], label["title"]
    elif rest.casefold() in _KINDS:
        kind, title = _KINDS[rest.casefold()], rest
    else:
        return None

    start_day = _near(base, match["sd"], match["smon"]) if match["sd"] else base
    if start_day is None:
        return None
    start_wall = datetime.combine(start_day, time(int(match["sh"]), int(match["sm"])))
    if match["th"] is not None:  # `HH:MM–HH:MM`: ends that day, or at the next midnight
        end_wall = datetime.combine(start_day, time(int(match["th"]), int(match["tm"])))
        end_walls = [end_wall, end_wall + timedelta(days=1)]
    else:
        end_day = _near(base, match["ed"], match["emon"])
        if end_day is None:
            return None
        end_walls = [datetime.combine(end_day, time(int(match["eh"]), int(match["em"])))]
    start = _instant([start_wall], zone, lambda m: session_start <= m < session_end)
    end = _instant(end_walls, zone, lambda m: start < m <= session_end)
    return ImportedSegment(kind, title, start, end, tracks)


def _near(base: date, day: str, month: str) -> date | None:
    """The date with this day and month closest after the session's day (sessions last ≤ 7 days)."""
    for k in range(-1, 9):
        candidate = base + timedelta(days=k)
        if candidate.day == int(day) and candidate.month == _MONTHS[month]:
            return candidate
    return None


def _instant(walls: Sequence[datetime], zone: Zone, fits: Any) -> datetime:
    """The first reading of the printed wall times that fits the session.

    A wall time in a repeated hour has two readings (the first is tried first);
    `23:30–00:00` ends on the next day. Text carries no offsets, so a segment
    that starts in a repeated hour is taken at its first reading that fits.
    """
    readings = [
        wall.replace(tzinfo=zone, fold=fold).astimezone(UTC) for wall in walls for fold in (0, 1)
    ]
    return next((r for r in readings if fits(r)), readings[0])


__all__ = ["ImportedSegment", "read_plan"]
