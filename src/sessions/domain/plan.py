"""Session times and segment plans (time rule 5, and plans that move with their session)."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sessions.domain.clock import (
    WallTime,
    format_instant,
    in_zone,
    is_fold,
    resolve_wall,
    to_wall_time,
)
from sessions.domain.errors import ErrorCollector, InvalidInput
from sessions.domain.hybrid import NO_HYBRID, Hybrid, check_hybrid
from sessions.domain.limits import (
    MAX_AVAILABILITY_WINDOWS,
    MAX_PEOPLE_PER_SESSION,
    MAX_SEGMENTS_PER_SESSION,
)
from sessions.domain.model import (
    Event,
    Interval,
    Person,
    Segment,
    SegmentKind,
    Session,
)
from sessions.domain.zones import Zone

MAX_SESSION_LENGTH = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class SegmentSpec:
    """A segment as the organiser writes it: naive datetimes are wall times in the event's
    zone, aware ones instants (see `clock.parse_local_datetime`)."""

    kind: SegmentKind
    title: str
    start: datetime
    end: datetime
    tracks: tuple[str, ...] = ()
    notes: str | None = None
    people: tuple[Person, ...] = ()
    hybrid: Hybrid = NO_HYBRID  # its own join link (a breakout), languages, captions


def check_people(people: Sequence[Person], errors: ErrorCollector, field: str = "people") -> None:
    """A segment's people: at most as many as a session's, each named, each role once."""
    if len(people) > MAX_PEOPLE_PER_SESSION:
        errors.add(field, f"A segment names at most {MAX_PEOPLE_PER_SESSION} people.", len(people))
        return
    seen: set[tuple[str, str]] = set()
    for i, person in enumerate(people):
        if not person.name.strip():
            errors.add(f"{field}[{i}].name", "The name must not be blank.", person.name)
        elif (person.key, person.role) in seen:
            errors.add(f"{field}[{i}]", f"{person.name} is listed twice as {person.role}.")
        seen.add((person.key, person.role))


def check_availability(
    windows: Sequence[Interval], errors: ErrorCollector, field: str = "availability"
) -> None:
    """A person's windows: instants, each ending after it starts, in order, none overlapping."""
    if len(windows) > MAX_AVAILABILITY_WINDOWS:
        errors.add(field, f"A person has at most {MAX_AVAILABILITY_WINDOWS} windows.", len(windows))
        return
    for j, window in enumerate(windows):
        if window.start.tzinfo is None or window.end.tzinfo is None:
            errors.add(f"{field}[{j}]", "Windows are instants: give each time its UTC offset.")
        elif window.end <= window.start:
            errors.add(f"{field}[{j}].end", "The window must end after its start.")
        elif j and windows[j - 1].end.tzinfo is not None and window.start < windows[j - 1].end:
            errors.add(
                f"{field}[{j}].start",
                "Windows are listed in time order and must not overlap the one before.",
            )


def check_people_availability(
    mentions: Sequence[tuple[str, Person]], errors: ErrorCollector
) -> None:
    """Windows said for people in one request: each list valid, and one person's the same
    wherever the request names them (the windows are the person's, not the mention's).
    `mentions` are (field, person) pairs such as ("people[0]", person)."""
    said: dict[str, tuple[Interval, ...]] = {}
    for where, person in mentions:
        if person.availability is None:
            continue
        check_availability(person.availability, errors, f"{where}.availability")
        earlier = said.setdefault(person.key, person.availability)
        if earlier != person.availability:
            errors.add(
                f"{where}.availability",
                f"{person.name}'s availability is given twice in this request, differently.",
            )


def check_times(
    event: Event,
    start: WallTime,
    end: WallTime,
    errors: ErrorCollector,
    *,
    start_field: str = "start",
    end_field: str = "end",
) -> None:
    """A session starts on one of its event's days and ends after it starts."""
    if end.instant <= start.instant:
        errors.add(end_field, "The end must be after the start.", _shown(end))
    elif end.instant - start.instant > MAX_SESSION_LENGTH:
        errors.add(end_field, "A session lasts at most 7 days.", _shown(end))
    day = in_zone(start.instant, start.zone).date()
    if not event.covers(day):
        errors.add(
            start_field,
            f"The session starts on {day.isoformat()}, outside the event's dates "
            f"({event.start_date.isoformat()} to {event.end_date.isoformat()}).",
            _shown(start),
        )


def _shown(moment: WallTime) -> str:
    return format_instant(in_zone(moment.instant, moment.zone))


def _given(value: datetime) -> str:
    """A time as the organiser wrote it (minutes unless seconds were given), for error values."""
    return value.isoformat(timespec="seconds" if value.second else "minutes")


def _wall(value: datetime, zone: Zone, field: str, errors: ErrorCollector) -> WallTime | None:
    try:
        return to_wall_time(value, zone, field)
    except InvalidInput as exc:
        errors.errors.extend(exc.errors)
        return None


def check_tracks(
    tracks: Sequence[str], known: Iterable[str], errors: ErrorCollector, field: str = "tracks"
) -> None:
    known_set = set(known)
    seen: set[str] = set()
    for i, slug in enumerate(tracks):
        if slug not in known_set:
            errors.add(
                f"{field}[{i}]",
                f"This event has no track {slug!r} (its tracks: {', '.join(sorted(known_set))}).",
                slug,
            )
        elif slug in seen:
            errors.add(f"{field}[{i}]", f"The track {slug!r} is listed twice.", slug)
        seen.add(slug)


def plan_segments(
    session: Session, specs: Sequence[SegmentSpec], zone: Zone, field: str = "segments"
) -> tuple[Segment, ...]:
    """Validate a whole segment plan against its session; return it as offsets.

    Each segment lies inside the session, ends after it starts, names only
    the session's tracks, and within one track no two segments overlap.
    """
    errors = ErrorCollector()
    if len(specs) > MAX_SEGMENTS_PER_SESSION:
        errors.add(field, f"A session has at most {MAX_SEGMENTS_PER_SESSION} segments.", len(specs))
        errors.raise_if_any()
    session_start, session_end = session.start_instant, session.end_instant
    segments: list[Segment | None] = []
    mentions: list[tuple[str, Person]] = []
    for i, spec in enumerate(specs):
        where = f"{field}[{i}]"
        before = len(errors.errors)
        start = _wall(spec.start, zone, f"{where}.start", errors)
        end = _wall(spec.end, zone, f"{where}.end", errors)
        check_tracks(spec.tracks, session.tracks, errors, f"{where}.tracks")
        check_people(spec.people, errors, f"{where}.people")
        hybrid = check_hybrid(spec.hybrid, errors, where)
        mentions.extend((f"{where}.people[{k}]", p) for k, p in enumerate(spec.people))
        if start is not None and end is not None:
            if end.instant <= start.instant:
                errors.add(
                    f"{where}.end",
                    "The segment must end after the segment's start.",
                    _given(spec.end),
                )
            if start.instant < session_start or start.instant >= session_end:
                errors.add(
                    f"{where}.start",
                    f"The segment must lie inside its session ({_shown(session.start)} to "
                    f"{_shown(session.end)}).",
                    _given(spec.start),
                )
            if end.instant > session_end or end.instant <= session_start:
                errors.add(
                    f"{where}.end",
                    f"The segment must lie inside its session ({_shown(session.start)} to "
                    f"{_shown(session.end)}).",
                    _given(spec.end),
                )
        if len(errors.errors) == before and start is not None and end is not None:
            segments.append(
                Segment(
                    kind=spec.kind,
                    title=spec.title,
                    start_offset=start.instant - session_start,
                    end_offset=end.instant - session_start,
                    tracks=tuple(spec.tracks),
                    notes=spec.notes,
                    people=tuple(spec.people),
                    hybrid=hybrid,
                )
            )
        else:
            segments.append(None)
    check_people_availability(mentions, errors)
    errors.raise_if_any("The segment plan is not valid.")
    valid = [s for s in segments if s is not None]
    _check_no_overlap(valid, session.tracks, errors, field)
    errors.raise_if_any("Segments overlap within a track.")
    return tuple(sorted(valid, key=lambda s: (s.start_offset, s.end_offset, s.tracks)))


def _check_no_overlap(
    segments: list[Segment], session_tracks: tuple[str, ...], errors: ErrorCollector, field: str
) -> None:
    for track in session_tracks:
        in_track = sorted(
            (
                (seg.start_offset, seg.end_offset, i)
                for i, seg in enumerate(segments)
                if seg.is_for(track, session_tracks)
            ),
        )
        for (_, prev_end, prev_i), (start, _, i) in itertools.pairwise(in_track):
            if start < prev_end:
                errors.add(
                    f"{field}[{i}].start",
                    f"This segment overlaps segment {prev_i + 1} ({segments[prev_i].title!r}) in "
                    f"the track {track!r}; segments of one track may not overlap.",
                )


def check_plan_fits(
    segments: Sequence[Segment],
    duration: timedelta,
    errors: ErrorCollector,
    field: str = "end",
) -> None:
    """A resize must leave every segment inside the session."""
    overhanging = [s for s in segments if s.end_offset > duration]
    if overhanging:
        errors.add(
            field,
            f"This would leave {len(overhanging)} segment(s) outside the session "
            f"(the plan runs {_minutes(max(s.end_offset for s in overhanging))}; "
            f"the session would last {_minutes(duration)}); change the segments first.",
        )


def check_plan_tracks(
    segments: Sequence[Segment], tracks: Sequence[str], errors: ErrorCollector
) -> None:
    """Removing a track from a session must not orphan segments that are only for it."""
    for seg in segments:
        missing = [t for t in seg.tracks if t not in tracks]
        if missing:
            errors.add(
                "tracks",
                f"The segment {seg.title!r} is only for {', '.join(missing)}; change the plan first.",
                list(tracks),
            )


def _minutes(delta: timedelta) -> str:
    return f"{int(delta.total_seconds() // 60)} min"


def reschedule(
    session: Session,
    event: Event,
    zone: Zone,
    new_start: datetime | None,
    new_end: datetime | None,
) -> tuple[WallTime, WallTime]:
    """New times for a session: `start` alone moves it (length kept), `end` alone resizes it."""
    errors = ErrorCollector()
    start, end = session.start, session.end
    if new_start is not None:
        start = _wall(new_start, zone, "start", errors) or start
    if new_end is not None:
        end = _wall(new_end, zone, "end", errors) or end
    errors.raise_if_any()
    if new_start is not None and new_end is None:
        end = WallTime.from_instant(start.instant + session.duration, zone)
    check_times(event, start, end, errors)
    errors.raise_if_any()
    check_plan_fits(session.segments, end.instant - start.instant, errors)
    errors.raise_if_any()
    return start, end


def rezone(wall: WallTime, zone: Zone, field: str) -> WallTime:
    """The same wall-clock time in another zone (or after a zone-rule change).

    A time that was the second of a repeated hour stays the second one only if
    the hour is still repeated there; otherwise it is checked like any wall
    time (a time in the new zone's gap is refused, never kept with a stale fold).
    """
    if wall.fold and is_fold(wall.wall, zone):
        return WallTime(wall.wall, wall.fold, zone)
    return resolve_wall(wall.wall, zone, field)


def dates_fit(event: Event, session_days: Iterable[date]) -> list[date]:
    """Session days that would fall outside the event's dates."""
    return sorted({d for d in session_days if not event.covers(d)})
