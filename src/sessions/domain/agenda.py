"""Agendas: sessions and their segment plans in the viewer's zone, grouped by the viewer's days."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sessions.domain.clock import crosses_midnight, in_zone
from sessions.domain.model import Event, Segment, Session, SessionStatus, Track
from sessions.domain.zones import Zone


@dataclass(frozen=True, slots=True)
class AgendaSegment:
    segment: Segment
    start: datetime  # aware, in the viewer's zone
    end: datetime
    tracks: tuple[str, ...]  # the tracks it is for, never empty


@dataclass(frozen=True, slots=True)
class AgendaSession:
    session: Session
    start: datetime
    end: datetime
    crosses_midnight: bool
    segments: tuple[AgendaSegment, ...]


@dataclass(frozen=True, slots=True)
class AgendaDay:
    date: date
    sessions: tuple[AgendaSession, ...]


@dataclass(frozen=True, slots=True)
class Agenda:
    event: Event
    zone: Zone
    track: str | None
    days: tuple[AgendaDay, ...]
    tracks: tuple[Track, ...] = ()  # the event's tracks, for locations and join links

    @property
    def zone_name(self) -> str:
        return self.zone.name


def _sort_key(session: Session) -> tuple:
    return (session.start_instant, session.room or "", session.title, str(session.id))


def view_session(session: Session, zone: Zone, track: str | None) -> AgendaSession:
    start = in_zone(session.start_instant, zone)
    end = in_zone(session.end_instant, zone)
    segments = tuple(
        AgendaSegment(
            segment=seg,
            start=in_zone(session.segment_start(seg), zone),
            end=in_zone(session.segment_end(seg), zone),
            tracks=seg.tracks_in(session.tracks),
        )
        for seg in session.segments_for(track)
    )
    return AgendaSession(session, start, end, crosses_midnight(start, end), segments)


def build_agenda(
    event: Event,
    sessions: Iterable[Session],
    zone: Zone,
    track: str | None = None,
    on_date: date | None = None,
    tracks: Iterable[Track] = (),
) -> Agenda:
    """The agenda as one viewer sees it.

    Each session is listed on the viewer's local day it starts; with a track,
    only sessions offered in it and only the segments for it.
    """
    by_day: dict[date, list[AgendaSession]] = {}
    for session in sorted(sessions, key=_sort_key):
        if track is not None and track not in session.tracks:
            continue
        item = view_session(session, zone, track)
        day = item.start.date()
        if on_date is not None and day != on_date:
            continue
        by_day.setdefault(day, []).append(item)
    days = tuple(AgendaDay(d, tuple(items)) for d, items in sorted(by_day.items()))
    return Agenda(event, zone, track, days, tuple(tracks))


@dataclass(frozen=True, slots=True)
class RunItem:
    """One thing that runs in a track: a segment, or a whole session without a plan."""

    session: Session
    segment: Segment | None
    start: datetime  # UTC
    end: datetime


@dataclass(frozen=True, slots=True)
class NowNext:
    at: datetime
    now: tuple[RunItem, ...]
    next: tuple[RunItem, ...]


def run_items(sessions: Iterable[Session], track: str) -> list[RunItem]:
    items: list[RunItem] = []
    for session in sessions:
        if track not in session.tracks or session.status is SessionStatus.CANCELLED:
            continue
        plan = session.segments_for(track)
        if not plan:
            items.append(RunItem(session, None, session.start_instant, session.end_instant))
            continue
        items.extend(
            RunItem(session, seg, session.segment_start(seg), session.segment_end(seg))
            for seg in plan
        )
    items.sort(key=lambda i: (i.start, i.end, i.session.title))
    return items


def now_and_next(sessions: Iterable[Session], track: str, at: datetime) -> NowNext:
    """What runs in `track` at `at` (half-open), and what starts next after it."""
    items = run_items(sessions, track)
    now = tuple(i for i in items if i.start <= at < i.end)
    upcoming = [i for i in items if i.start > at]
    first = upcoming[0].start if upcoming else None
    following = tuple(i for i in upcoming if i.start == first)
    return NowNext(at, now, following)
