"""Who a time is hard for: local bands, awake shares, a fairness score and a slot finder.

A zone's bands are its own wall time at each instant (PRODUCT.md, "Audiences across
zones"): night 22:00-07:00, early 07:00-09:00, work 09:00-18:00, evening 18:00-22:00,
half-open. Awake is 07:00-22:00. Across a DST change the wall clock jumps, so an
interval is cut where the zone's offset changes; within each piece local time is
UTC plus one fixed offset and the band boundaries are plain arithmetic. Everything is
exact to the second (no per-minute loops).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone
from enum import StrEnum

from sessions.domain.conflicts import LISTED
from sessions.domain.model import Interval
from sessions.domain.slot_conflicts import Blocker, SlotConflict, starts_blocked
from sessions.domain.zones import Zone


class Band(StrEnum):
    NIGHT = "night"
    EARLY = "early"
    WORK = "work"
    EVENING = "evening"


# (band, first local hour, end local hour) covering one local day, half-open.
_DAY_BANDS: tuple[tuple[Band, int, int], ...] = (
    (Band.NIGHT, 0, 7),
    (Band.EARLY, 7, 9),
    (Band.WORK, 9, 18),
    (Band.EVENING, 18, 22),
    (Band.NIGHT, 22, 24),
)
# Below this share of a session's time awake, a zone is listed as asleep.
ASLEEP_BELOW = 0.5
# Offsets change at most once in this long in any zone (tzdata since 1970); the
# sampling step for finding the changes.
_SAMPLE = timedelta(hours=1)
_SECOND = timedelta(seconds=1)


@dataclass(frozen=True, slots=True)
class Audience:
    """One zone an event serves, with its weight (declared plus registrations)."""

    timezone: str
    zone: Zone
    weight: float


@dataclass(frozen=True, slots=True)
class BandPiece:
    band: Band
    start: datetime  # UTC
    end: datetime


@dataclass(frozen=True, slots=True)
class ZoneFairness:
    audience: Audience
    start: datetime  # UTC
    end: datetime
    bands: tuple[Band, ...]  # distinct, in the order the interval touches them
    awake: timedelta
    night: timedelta

    @property
    def awake_share(self) -> float:
        total = self.end - self.start
        return self.awake / total if total else 0.0


@dataclass(frozen=True, slots=True)
class Fairness:
    score: float
    zones: tuple[ZoneFairness, ...]


@dataclass(frozen=True, slots=True)
class Slot:
    start: datetime  # UTC
    end: datetime
    score: float
    asleep: tuple[str, ...]  # zone names with awake_share < ASLEEP_BELOW, in audience order
    conflicts: tuple[SlotConflict, ...] = ()  # what this start would cause (at most LISTED)


def _offset(instant: datetime, zone: Zone) -> timedelta:
    return instant.astimezone(zone).utcoffset()  # type: ignore[return-value]


def _change_between(lo: datetime, hi: datetime, zone: Zone) -> datetime:
    """The first instant (to the second) in (lo, hi] with hi's offset; lo's differs."""
    before = _offset(lo, zone)
    while hi - lo > _SECOND:
        mid = (lo + (hi - lo) / 2).replace(microsecond=0)
        if mid <= lo:
            break
        if _offset(mid, zone) == before:
            lo = mid
        else:
            hi = mid
    return hi


def offset_pieces(
    zone: Zone, start: datetime, end: datetime
) -> list[tuple[datetime, datetime, timedelta]]:
    """[start, end) cut where the zone's UTC offset changes: (from, to, offset) pieces."""
    if end <= start:
        return []
    samples = []
    t = start
    while t < end:
        samples.append(t)
        t += _SAMPLE
    last = end - _SECOND
    if last > samples[-1]:
        samples.append(last)
    pieces = []
    piece_start, current = start, _offset(start, zone)
    for prev, nxt in itertools.pairwise(samples):
        after = _offset(nxt, zone)
        if after != current:
            change = _change_between(prev, nxt, zone)
            pieces.append((piece_start, change, current))
            piece_start, current = change, after
    pieces.append((piece_start, end, current))
    return pieces


def band_pieces(zone: Zone, start: datetime, end: datetime) -> list[BandPiece]:
    """[start, end) as consecutive pieces, each in one band of the zone's wall time."""
    out: list[BandPiece] = []
    start, end = start.astimezone(timezone.utc), end.astimezone(timezone.utc)
    for a, b, off in offset_pieces(zone, start, end):
        local_a = (a + off).replace(tzinfo=None)
        local_b = (b + off).replace(tzinfo=None)
        day = local_a.date()
        while True:
            midnight = datetime.combine(day, time())
            if midnight >= local_b:
                break
            for band, h0, h1 in _DAY_BANDS:
                lo = max(local_a, midnight + timedelta(hours=h0))
                hi = min(local_b, midnight + timedelta(hours=h1))
                if lo < hi:
                    piece_start = (lo - off).replace(tzinfo=a.tzinfo)
                    piece_end = (hi - off).replace(tzinfo=a.tzinfo)
                    if out and out[-1].band is band and out[-1].end == piece_start:
                        out[-1] = BandPiece(band, out[-1].start, piece_end)
                    else:
                        out.append(BandPiece(band, piece_start, piece_end))
            day += timedelta(days=1)
    return out


def zone_fairness(audience: Audience, start: datetime, end: datetime) -> ZoneFairness:
    pieces = band_pieces(audience.zone, start, end)
    bands: list[Band] = []
    awake = night = timedelta(0)
    for piece in pieces:
        if piece.band not in bands:
            bands.append(piece.band)
        if piece.band is Band.NIGHT:
            night += piece.end - piece.start
        else:
            awake += piece.end - piece.start
    return ZoneFairness(audience, start, end, tuple(bands), awake, night)


def weighted_score(shares: Sequence[tuple[float, float]]) -> float:
    """The weight-averaged share of (share, weight) pairs, to 3 decimals; 1.0 with no one."""
    total = sum(w for _, w in shares)
    if total <= 0:
        return 1.0
    return round(sum(s * w for s, w in shares) / total, 3)


def fairness(audience: Sequence[Audience], start: datetime, end: datetime) -> Fairness:
    """How an interval of instants falls for each zone of an audience."""
    zones = tuple(zone_fairness(a, start, end) for a in audience)
    return Fairness(weighted_score([(z.awake_share, z.audience.weight) for z in zones]), zones)


def _awake_profile(
    zone: Zone, origin: datetime, horizon: int
) -> tuple[list[int], list[int], list[int]]:
    """A zone's awake intervals over [origin, origin + horizon s) as seconds from origin:
    their starts, ends and the awake seconds before each (prefix sums)."""
    starts: list[int] = []
    ends: list[int] = []
    before: list[int] = []
    total = 0
    for piece in band_pieces(zone, origin, origin + timedelta(seconds=horizon)):
        if piece.band is Band.NIGHT:
            continue
        a = int((piece.start - origin).total_seconds())
        b = int((piece.end - origin).total_seconds())
        if starts and ends[-1] == a:  # early, work and evening touch: one awake run
            ends[-1] = b
        else:
            starts.append(a)
            ends.append(b)
            before.append(total)
        total = before[-1] + (ends[-1] - starts[-1])
    return starts, ends, before


def _awake_until(t: int, starts: list[int], ends: list[int], before: list[int]) -> int:
    i = bisect.bisect_right(starts, t) - 1
    if i < 0:
        return 0
    return before[i] + min(t, ends[i]) - starts[i]


def rank_slots(
    audience: Sequence[Audience],
    day_start: datetime,
    day_end: datetime,
    duration: timedelta,
    step: timedelta,
    busy: Sequence[Interval] = (),
    blockers: Sequence[Blocker] = (),
    *,
    keep_conflicting: bool = False,
) -> list[Slot]:
    """Every start in [day_start, day_end) at `step`, lasting `duration`, ranked by score
    (best first), then earliest. Starts whose interval overlaps a `busy` interval are left out.

    `blockers` (domain/slot_conflicts.py) name the conflicts a start would cause: each start
    lists its own (at most LISTED, deduplicated), and those that leave starts out do so
    unless `keep_conflicting`. A blocker is mapped onto its run of starts by arithmetic.

    Each zone's awake intervals over the day (plus one duration) are worked out once;
    a start's awake seconds are then two prefix-sum look-ups per zone.
    """
    if duration <= timedelta(0) or step <= timedelta(0):
        raise ValueError("duration and step must be positive")
    dur = int(duration.total_seconds())
    stride = int(step.total_seconds())
    span = int((day_end - day_start).total_seconds())
    offsets = list(range(0, span, stride))
    caused: dict[int, dict[tuple, SlotConflict]] = {}
    if blockers:
        # +1 where a run of left-out starts begins, -1 after it ends (a difference array).
        out = [0] * (len(offsets) + 1)
        for blocker in blockers:
            run = starts_blocked(blocker, day_start, step, len(offsets))
            if not run:
                continue
            if blocker.leaves_out and not keep_conflicting:
                out[run.start] += 1
                out[run.stop] -= 1
                continue
            c = blocker.conflict
            key = (c.kind, c.room or c.person or "", tuple(str(s.id) for s in c.sessions))
            for i in run:
                listed = caused.setdefault(i, {})
                if len(listed) < LISTED:
                    listed.setdefault(key, c)
        depth, kept = 0, []
        for i, s in enumerate(offsets):
            depth += out[i]
            if depth == 0:
                kept.append(s)
        offsets = kept
    busy_sorted = sorted(
        (int((b.start - day_start).total_seconds()), int((b.end - day_start).total_seconds()))
        for b in busy
        if b.end > day_start and b.start < day_end + duration
    )
    if busy_sorted:
        # A start s is free when no busy [a, b) has a < s + dur and s < b.
        busy_starts = [a for a, _ in busy_sorted]
        # Latest busy end among intervals starting before a point (running maximum).
        running, latest = [], -1
        for _, b in busy_sorted:
            latest = max(latest, b)
            running.append(latest)
        free = []
        for s in offsets:
            k = bisect.bisect_left(busy_starts, s + dur)  # intervals starting before s + dur
            if k == 0 or running[k - 1] <= s:
                free.append(s)
        offsets = free
    total_weight = sum(a.weight for a in audience)
    weighted = [0.0] * len(offsets)
    asleep: list[list[str]] = [[] for _ in offsets]
    limit = ASLEEP_BELOW * dur
    for member in audience:
        starts, ends, before = _awake_profile(member.zone, day_start, span + dur)
        w = member.weight
        for i, s in enumerate(offsets):
            awake = _awake_until(s + dur, starts, ends, before) - _awake_until(
                s, starts, ends, before
            )
            weighted[i] += w * awake
            if awake < limit:
                asleep[i].append(member.timezone)
    slots = []
    for i, s in enumerate(offsets):
        score = round(weighted[i] / (total_weight * dur), 3) if total_weight > 0 else 1.0
        start = day_start + timedelta(seconds=s)
        listed = caused.get(s // stride)
        conflicts = tuple(listed.values()) if listed else ()
        slots.append(Slot(start, start + duration, score, tuple(asleep[i]), conflicts))
    slots.sort(key=lambda slot: (-slot.score, slot.start))
    return slots


def night_tally(
    audience: Sequence[Audience], intervals: Sequence[Interval]
) -> list[tuple[Audience, int, timedelta]]:
    """Per zone: how many of the intervals touch its night, and how long they spend in it."""
    tally = []
    for member in audience:
        count, total = 0, timedelta(0)
        for interval in intervals:
            night = zone_fairness(member, interval.start, interval.end).night
            if night:
                count += 1
                total += night
        tally.append((member, count, total))
    return tally


__all__ = [
    "ASLEEP_BELOW",
    "Audience",
    "Band",
    "BandPiece",
    "Fairness",
    "Slot",
    "ZoneFairness",
    "band_pieces",
    "fairness",
    "night_tally",
    "offset_pieces",
    "rank_slots",
    "weighted_score",
    "zone_fairness",
]
