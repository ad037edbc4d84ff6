"""iCalendar (RFC 5545 / 5546 / 7986) feeds and invites, built with `icalendar`.

Every byte is produced by the `icalendar` library (no hand-written iCalendar
text). A calendar is composed from per-session pieces, each one session's
VEVENT(s) serialised by `icalendar`, so that a caller can cache the pieces
(keyed by `component_key`) and re-render only the sessions that changed; the
calendar's own header and footer and the VTIMEZONEs are serialised by
`icalendar` too and the pieces are placed between them.

Times: DTSTART/DTEND carry the event's IANA zone as TZID with one VTIMEZONE
per TZID, generated from the pinned zone database for the years in use.
A local time that happens twice (the fall-back hour) means its first
occurrence in iCalendar (RFC 5545 3.3.5), but not every client reads it so
(khal takes the second), so an event that starts or ends in such an hour is
written in UTC instead, and a calendar holding UTC times carries no
X-WR-TIMEZONE. With `utc=True` every event is written in UTC and no
VTIMEZONE is needed. All-day spans are `VALUE=DATE` with an exclusive DTEND.

The pieces are made in `ical_components`, the VTIMEZONEs in `vtimezone`;
this module puts them together.

Defensive rendering: given `on_skip`, the calendars of many items (an
event's feed, a personal feed, every event's calendar) leave out a session
or event whose piece raises, and report it as a `Skipped(kind, id, error)`;
without it, the error propagates. Renderers never log: the caller does.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, MutableMapping, Sequence
from datetime import MAXYEAR, MINYEAR, datetime
from typing import NamedTuple

from icalendar import Calendar, vDuration, vText

from sessions import __version__
from sessions.domain.agenda import Agenda
from sessions.domain.model import Event, Session, SessionStatus, Track
from sessions.renderers.base import RenderOptions
from sessions.renderers.ical_components import (
    RenderedComponents,
    component_key,
    render_all_day,
    render_session,
)
from sessions.renderers.text import track_names
from sessions.renderers.vtimezone import vtimezone

MEDIA_TYPE = "text/calendar; charset=utf-8"
PRODID = f"-//sessions//sessions {__version__}//EN"


def invite_method(session: Session) -> str:
    """The METHOD of a session's own `.ics`: PUBLISH, or CANCEL once cancelled."""
    return "CANCEL" if session.status is SessionStatus.CANCELLED else "PUBLISH"


class Skipped(NamedTuple):
    """An item left out of a calendar because rendering it raised `error`."""

    kind: str  # "session" or "event"
    id: str  # the session's or event's id (a session's title, an event's slug, without one)
    error: Exception


OnSkip = Callable[[Skipped], None]


def _guarded(
    kind: str, ident: str, render: Callable[[], RenderedComponents], on_skip: OnSkip | None
) -> RenderedComponents | None:
    """`render()`; with `on_skip`, an item that raises is reported and left out (None)."""
    if on_skip is None:
        return render()
    try:
        return render()
    except Exception as error:  # any error of one item: the others still render
        on_skip(Skipped(kind, ident, error))
        return None


def _vtimezones(pieces: Sequence[RenderedComponents]) -> list[bytes]:
    spans: dict[str, tuple[datetime, datetime]] = {}
    for piece in pieces:
        if piece.first is None or piece.last is None:
            continue
        for tzid in piece.tzids:
            low, high = spans.get(tzid, (piece.first, piece.last))
            spans[tzid] = (min(low, piece.first), max(high, piece.last))
    # A year's margin either side (readers sample offsets around each time), within
    # the years a VTIMEZONE can be built for (it ends on 1 January after the last).
    return [
        vtimezone(tzid, max(low.year - 1, MINYEAR + 1), min(high.year + 1, MAXYEAR - 1))
        for tzid, (low, high) in sorted(spans.items())
    ]


# ---------------------------------------------------------------------------
# Calendars
# ---------------------------------------------------------------------------


def _shell(options: RenderOptions, name: str | None, zone_name: str | None) -> tuple[bytes, bytes]:
    """The VCALENDAR's own lines, split around where its components go."""
    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    if options.method is not None:
        calendar.add("METHOD", options.method)
    else:
        if name:
            calendar.add("NAME", name)
            # An X- property is written raw unless typed: TEXT, so \ , ; are escaped.
            calendar.add("X-WR-CALNAME", vText(name))
        if zone_name:
            calendar.add("X-WR-TIMEZONE", zone_name)
        calendar.add("REFRESH-INTERVAL", options.refresh_interval, parameters={"VALUE": "DURATION"})
        calendar.add("X-PUBLISHED-TTL", vDuration(options.refresh_interval))
    data = calendar.to_ical()
    footer = b"END:VCALENDAR\r\n"
    if not data.endswith(footer):  # pragma: no cover - icalendar always ends so
        raise RuntimeError("unexpected VCALENDAR serialisation")
    return data[: -len(footer)], footer


def assemble(
    pieces: Sequence[RenderedComponents],
    options: RenderOptions,
    *,
    name: str | None = None,
    zone_name: str | None = None,
) -> bytes:
    """One VCALENDAR: header, one VTIMEZONE per TZID used, then the pieces."""
    if options.method is not None:
        uids = {uid for piece in pieces for uid in piece.uids}
        if not uids:
            raise ValueError(f"METHOD:{options.method} needs a session to send")
        if options.method == "CANCEL" and len(uids) != 1:
            raise ValueError("METHOD:CANCEL carries exactly one UID (no segments=True)")
    if any(piece.utc_times for piece in pieces):
        # Readers that apply X-WR-TIMEZONE (e.g. the x-wr-timezone library) turn
        # UTC times into the zone's wall time and lose which of two equal ones.
        zone_name = None
    head, foot = _shell(options, name, zone_name)
    return b"".join([head, *_vtimezones(pieces), *(p.ical for p in pieces), foot])


Cache = MutableMapping[Hashable, RenderedComponents]


def _session_piece(
    event: Event,
    session: Session,
    tracks: Sequence[Track],
    track: str | None,
    options: RenderOptions,
    cache: Cache | None,
) -> RenderedComponents:
    if cache is None:
        return render_session(event, session, tracks, track, options)
    key = component_key(event, session, tracks, track, options)
    piece = cache.get(key)
    if piece is None:
        piece = render_session(event, session, tracks, track, options)
        cache[key] = piece
    return piece


def _agenda_sessions(agenda: Agenda) -> list[Session]:
    return [item.session for day in agenda.days for item in day.sessions]


def _agenda_pieces(
    agenda: Agenda,
    sessions: Sequence[Session],
    options: RenderOptions,
    cache: Cache | None,
    on_skip: OnSkip | None,
) -> list[RenderedComponents]:
    pieces = []
    for s in sessions:
        piece = _guarded(
            "session",
            str(s.id) if s.id is not None else s.title,
            lambda s=s: _session_piece(
                agenda.event, s, agenda.tracks, agenda.track, options, cache
            ),
            on_skip,
        )
        if piece is not None:
            pieces.append(piece)
    return pieces


def _all_day_piece(
    event: Event, options: RenderOptions, on_skip: OnSkip | None
) -> list[RenderedComponents]:
    ident = str(event.id) if event.id is not None else event.slug
    piece = _guarded("event", ident, lambda: render_all_day(event, options), on_skip)
    return [] if piece is None else [piece]


def calendar_name(agenda: Agenda, options: RenderOptions) -> str:
    if options.calendar_name:
        return options.calendar_name
    if agenda.track is not None:
        names = track_names([agenda.track], {t.slug: t for t in agenda.tracks})
        return f"{agenda.event.title} ({names[0]})"
    return agenda.event.title


def render_agenda(
    agenda: Agenda,
    options: RenderOptions,
    cache: Cache | None = None,
    *,
    on_skip: OnSkip | None = None,
) -> bytes:
    """One event's calendar: its sessions as `agenda.track`'s reader sees them.

    A feed (no METHOD) of an event without sessions shows the event's dates.
    With `options.method` it is a session's invite: PUBLISH or CANCEL
    (see `invite_method`), with ORGANIZER. With `on_skip`, a session (or the
    dates) that cannot be rendered is left out and reported; an invite whose
    one session is left out has nothing to send (ValueError).
    """
    sessions = _agenda_sessions(agenda)
    if sessions:
        pieces = _agenda_pieces(agenda, sessions, options, cache, on_skip)
    elif options.method is None:
        pieces = _all_day_piece(agenda.event, options, on_skip)
    else:
        pieces = []
    return assemble(
        pieces, options, name=calendar_name(agenda, options), zone_name=agenda.event.timezone
    )


def render_calendar(
    events: Sequence[Event],
    agendas: Mapping[str, Agenda],
    options: RenderOptions,
    cache: Cache | None = None,
    *,
    on_skip: OnSkip | None = None,
) -> bytes:
    """Many events as one subscribable feed (`/calendar.ics`).

    `agendas` maps an event's slug to its agenda; an event with sessions in
    its agenda is shown as those sessions, every other event as an all-day
    span of its dates. With `on_skip`, a session or an event's span that
    cannot be rendered is left out and reported (an event whose sessions are
    all left out shows nothing, not its dates); the others still render.
    """
    if options.method is not None:
        raise ValueError("a calendar of several events is a feed: no METHOD")
    pieces: list[RenderedComponents] = []
    for event in sorted(events, key=lambda e: (e.start_date, e.end_date, e.slug)):
        agenda = agendas.get(event.slug)
        sessions = _agenda_sessions(agenda) if agenda is not None else []
        if agenda is not None and sessions:
            pieces.extend(_agenda_pieces(agenda, sessions, options, cache, on_skip))
        else:
            pieces.extend(_all_day_piece(event, options, on_skip))
    return assemble(pieces, options, name=options.calendar_name or "Events")


class ICalendarRenderer:
    """`Renderer` for `.ics`; optionally caches per-session pieces in `cache`."""

    identifier = "ical"
    extension = "ics"
    media_type = MEDIA_TYPE

    def __init__(self, cache: Cache | None = None) -> None:
        self.cache = cache

    def render(
        self, agenda: Agenda, options: RenderOptions, *, on_skip: OnSkip | None = None
    ) -> bytes:
        return render_agenda(agenda, options, self.cache, on_skip=on_skip)

    def render_calendar(
        self,
        events: Sequence[Event],
        agendas: Mapping[str, Agenda],
        options: RenderOptions,
        *,
        on_skip: OnSkip | None = None,
    ) -> bytes:
        return render_calendar(events, agendas, options, self.cache, on_skip=on_skip)


__all__ = [
    "MEDIA_TYPE",
    "PRODID",
    "Cache",
    "ICalendarRenderer",
    "OnSkip",
    "Skipped",
    "assemble",
    "calendar_name",
    "invite_method",
    "render_agenda",
    "render_calendar",
]
