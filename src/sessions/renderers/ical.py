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
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Hashable, Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from icalendar import (
    Alarm,
    Calendar,
    Timezone,
    TimezoneDaylight,
    TimezoneStandard,
    vCalAddress,
    vDuration,
    vUri,
)
from icalendar import Event as VEvent

from sessions import __version__
from sessions.domain.agenda import Agenda
from sessions.domain.clock import format_offset
from sessions.domain.model import (
    Event,
    EventKind,
    Segment,
    Session,
    SessionStatus,
    Track,
    TrackMode,
)
from sessions.domain.zones import Zone, get_zone
from sessions.renderers.base import RenderOptions, event_url, session_uid, session_url
from sessions.renderers.text import (
    KIND_LABELS,
    format_day,
    location_text,
    segment_lines,
    session_description,
    track_names,
)

MEDIA_TYPE = "text/calendar; charset=utf-8"
PRODID = f"-//sessions//sessions {__version__}//EN"

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

_STATUS = {
    SessionStatus.CONFIRMED: "CONFIRMED",
    SessionStatus.TENTATIVE: "TENTATIVE",
    SessionStatus.CANCELLED: "CANCELLED",
}


@dataclass(frozen=True, slots=True)
class RenderedComponents:
    """One session's (or one all-day span's) VEVENT(s), serialised by icalendar.

    `tzids` are the TZIDs the bytes refer to; `first`/`last` the UTC span of
    the times written with them, so the calendar can add VTIMEZONEs covering
    them. Immutable: safe to cache and share.
    """

    ical: bytes
    tzids: frozenset[str]
    first: datetime | None
    last: datetime | None
    uids: tuple[str, ...]
    utc_times: bool = False  # some DTSTART/DTEND written in UTC (no X-WR-TIMEZONE then)


# ---------------------------------------------------------------------------
# Times
# ---------------------------------------------------------------------------


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _is_ambiguous(instant: datetime, zone: Zone) -> bool:
    """True when the local time of `instant` happens twice in `zone` (fall-back hour)."""
    here = instant.astimezone(zone)
    return here.replace(fold=1 - here.fold).utcoffset() != here.utcoffset()


def _zoned_in_utc(zone_name: str, instants: Iterable[datetime], options: RenderOptions) -> bool:
    """Whether these instants must be written in UTC rather than with the zone's TZID.

    RFC 5545 reads a repeated local time as its first occurrence, but not
    every client does (khal takes the second), so times in a fall-back hour
    are written as UTC instants, which every reader agrees on.
    """
    if options.utc or zone_name in UTC_ZONES:
        return True
    zone = get_zone(zone_name)
    return any(_is_ambiguous(i, zone) for i in instants)


def _add_time(vevent: VEvent, name: str, instant: datetime, zone_name: str, in_utc: bool) -> None:
    if in_utc:
        vevent.add(name, _utc(instant))
        return
    wall = instant.astimezone(get_zone(zone_name)).replace(tzinfo=None, fold=0)
    vevent.add(name, wall, parameters={"TZID": zone_name})


# ---------------------------------------------------------------------------
# One session
# ---------------------------------------------------------------------------


def invite_method(session: Session) -> str:
    """The METHOD of a session's own `.ics`: PUBLISH, or CANCEL once cancelled."""
    return "CANCEL" if session.status is SessionStatus.CANCELLED else "PUBLISH"


def _tracks_map(tracks: Iterable[Track]) -> dict[str, Track]:
    return {t.slug: t for t in tracks}


def _reader_tracks(session: Session, track: str | None) -> list[str]:
    return [track] if track is not None else list(session.tracks)


def _dtstamp(session: Session | None, options: RenderOptions) -> datetime:
    # RFC 5545 3.8.7.2: without METHOD, DTSTAMP is the last revision of the data.
    if options.method is None and session is not None and session.updated_at is not None:
        return _utc(session.updated_at)
    return _utc(options.now)


def _add_common(
    vevent: VEvent,
    event: Event,
    session: Session,
    tracks: Mapping[str, Track],
    track: str | None,
    options: RenderOptions,
) -> None:
    """Status, sequence, place, join link, categories and organiser."""
    status = SessionStatus.CANCELLED if options.method == "CANCEL" else session.status
    vevent.add("STATUS", _STATUS[status])
    vevent.add("SEQUENCE", session.sequence)
    if session.updated_at is not None:
        vevent.add("LAST-MODIFIED", _utc(session.updated_at))
    slugs = _reader_tracks(session, track)
    known = [tracks[s] for s in slugs if s in tracks]
    in_person = [t for t in known if t.mode is TrackMode.IN_PERSON]
    if in_person or (not known and session.room):
        where = location_text(event, session, in_person)
        if where:
            vevent.add("LOCATION", where)
    online = [t for t in known if t.mode is TrackMode.ONLINE and t.join_url]
    if online:
        vevent.add("URL", online[0].join_url)
        for t in online:
            vevent.add(
                "CONFERENCE",
                vUri(
                    t.join_url,
                    params={
                        "VALUE": "URI",
                        "FEATURE": ["AUDIO", "VIDEO"],
                        "LABEL": f"Join {event.title} online ({t.name})",
                    },
                ),
            )
    names = track_names(slugs, tracks)
    if names:
        vevent.add("CATEGORIES", names)
    if options.method is not None:
        params = {"CN": options.organiser_name} if options.organiser_name else {}
        vevent.add("ORGANIZER", vCalAddress(f"mailto:{options.organiser_email}", params=params))
    if options.attendee is not None:
        email, name = options.attendee
        attendee = {"ROLE": "REQ-PARTICIPANT", "RSVP": "FALSE"}
        if options.method == "REQUEST":
            attendee["PARTSTAT"] = "NEEDS-ACTION"
        if name:
            attendee["CN"] = name
        vevent.add("ATTENDEE", vCalAddress(f"mailto:{email}", params=attendee))


def _add_alarm(vevent: VEvent, summary: str, status: SessionStatus, options: RenderOptions) -> None:
    if (
        options.alarm_before is None
        or options.method == "CANCEL"
        or status is SessionStatus.CANCELLED
    ):
        return
    alarm = Alarm()
    alarm.add("ACTION", "DISPLAY")
    alarm.add("DESCRIPTION", summary)
    alarm.add("TRIGGER", -options.alarm_before)
    vevent.add_component(alarm)


def _segment_uid(session: Session, segment: Segment, options: RenderOptions) -> str:
    """Stable while the segment keeps its kind, times and tracks."""
    key = (
        f"{segment.kind.value}/{int(segment.start_offset.total_seconds())}/"
        f"{int(segment.end_offset.total_seconds())}/{','.join(segment.tracks)}"
    )
    assert session.id is not None
    return f"{uuid.uuid5(session.id, key)}@{options.host}"


def session_components(
    event: Event,
    session: Session,
    tracks: Iterable[Track],
    track: str | None,
    options: RenderOptions,
) -> list[VEvent]:
    """The VEVENT(s) of one session as `track`'s reader sees it (None: every track).

    One VEVENT for the session; with `options.segments`, one per segment of
    the reader's track instead (a session without a plan stays one VEVENT).
    Facilitator notes are never used.
    """
    uid = session_uid(session, options)
    by_slug = _tracks_map(tracks)
    zone = get_zone(event.timezone)
    reader = options.reader
    description = session_description(
        event,
        session,
        by_slug,
        track,
        zone,
        reader=reader,
        reader_zone_name=options.reader_zone,
        link=session_url(event, session, options),
    )
    plan = session.segments_for(track) if options.segments else ()
    dtstamp = _dtstamp(session, options)
    if not plan:
        vevent = VEvent()
        vevent.add("UID", uid)
        vevent.add("DTSTAMP", dtstamp)
        in_utc = _zoned_in_utc(
            event.timezone, (session.start_instant, session.end_instant), options
        )
        _add_time(vevent, "DTSTART", session.start_instant, event.timezone, in_utc)
        _add_time(vevent, "DTEND", session.end_instant, event.timezone, in_utc)
        vevent.add("SUMMARY", session.title)
        vevent.add("DESCRIPTION", description)
        _add_common(vevent, event, session, by_slug, track, options)
        _add_alarm(vevent, session.title, session.status, options)
        return [vevent]

    components = []
    for seg in plan:
        start, end = session.segment_start(seg), session.segment_end(seg)
        summary = f"{seg.title} ({session.title})"
        vevent = VEvent()
        vevent.add("UID", _segment_uid(session, seg, options))
        vevent.add("DTSTAMP", dtstamp)
        in_utc = _zoned_in_utc(event.timezone, (start, end), options)
        _add_time(vevent, "DTSTART", start, event.timezone, in_utc)
        _add_time(vevent, "DTEND", end, event.timezone, in_utc)
        vevent.add("SUMMARY", summary)
        line = segment_lines(
            session, [seg], zone, by_slug, show_tracks=track is None, reader=reader
        )[0]
        vevent.add(
            "DESCRIPTION",
            f"{KIND_LABELS[seg.kind].capitalize()}: {line}\n\nPart of: {session.title}"
            f"\n\n{description}",
        )
        vevent.add("RELATED-TO", uid)
        _add_common(vevent, event, session, by_slug, track, options)
        _add_alarm(vevent, summary, session.status, options)
        components.append(vevent)
    return components


def render_session(
    event: Event,
    session: Session,
    tracks: Iterable[Track],
    track: str | None,
    options: RenderOptions,
) -> RenderedComponents:
    """`session_components`, serialised: the cacheable piece of a calendar."""
    components = session_components(event, session, tracks, track, options)
    tzids: set[str] = set()
    instants: list[datetime] = []
    utc_times = False
    for vevent in components:
        for name in ("DTSTART", "DTEND"):
            prop = vevent[name]
            tzid = prop.params.get("TZID")
            if tzid:
                tzids.add(tzid)
                instants.append(_utc(prop.dt.replace(tzinfo=get_zone(tzid))))
            else:
                utc_times = True
    return RenderedComponents(
        ical=b"".join(c.to_ical() for c in components),
        tzids=frozenset(tzids),
        first=min(instants, default=None),
        last=max(instants, default=None),
        uids=tuple(str(c["UID"]) for c in components),
        utc_times=utc_times,
    )


def component_key(
    event: Event,
    session: Session,
    tracks: Iterable[Track],
    track: str | None,
    options: RenderOptions,
) -> Hashable:
    """The cache key of `render_session`'s result.

    It names everything the bytes depend on: the session's identity and
    version (which must grow with every change), the event fields used
    (zone, venue, title, slug), the tracks' versions, the reader's track and
    every option. `now` is part of it only where it is written. Not the
    event's version: it grows with every change to any session, and keying
    on it would re-render a thousand sessions after one changed.
    """
    uses_now = options.method is not None or session.updated_at is None
    return (
        "vevent",
        session.id,
        session.version,
        session.sequence,
        session.status,
        session.updated_at,
        event.slug,
        event.timezone,
        event.venue,
        event.title,
        tuple((t.slug, t.version) for t in tracks),
        track,
        options if uses_now else _without_now(options),
    )


def _without_now(options: RenderOptions) -> tuple:
    return (
        options.host,
        options.base_url,
        options.organiser_name,
        options.organiser_email,
        options.reader_zone,
        options.utc,
        options.segments,
        options.method,
        options.alarm_before,
        options.attendee,
    )


# ---------------------------------------------------------------------------
# Dates-only events
# ---------------------------------------------------------------------------


def event_uid(event: Event, options: RenderOptions) -> str:
    return f"{event.id or event.slug}@{options.host}"


def all_day_component(event: Event, options: RenderOptions) -> VEvent:
    """An event's dates as an all-day span: `VALUE=DATE`, DTEND exclusive.

    7–11 April is DTSTART;VALUE=DATE:20250407 and DTEND;VALUE=DATE:20250412;
    a deadline is one day. TRANSP:TRANSPARENT: a span does not make anyone busy.
    """
    vevent = VEvent()
    vevent.add("UID", event_uid(event, options))
    if options.method is None and event.updated_at is not None:
        vevent.add("DTSTAMP", _utc(event.updated_at))  # a feed: the last change
    else:
        vevent.add("DTSTAMP", _utc(options.now))
    vevent.add("DTSTART", event.start_date)
    vevent.add("DTEND", event.end_date + timedelta(days=1))
    title = event.title
    if event.kind is EventKind.DEADLINE and "deadline" not in title.casefold():
        title = f"Deadline: {title}"
    vevent.add("SUMMARY", title)
    parts = []
    if event.description and event.description.strip():
        parts.append(event.description.strip())
    if event.start_date == event.end_date:
        dates = format_day(event.start_date)
    else:
        dates = f"{format_day(event.start_date)} – {format_day(event.end_date)}"
    parts.append(f"Dates: {dates} (local dates in {event.timezone})")
    parts.append(f"Details: {event_url(event, options)}")
    vevent.add("DESCRIPTION", "\n\n".join(parts))
    if event.venue and event.venue.strip():
        vevent.add("LOCATION", event.venue.strip())
    vevent.add("URL", event_url(event, options))
    vevent.add("CATEGORIES", ["Deadline" if event.kind is EventKind.DEADLINE else "Meeting"])
    vevent.add("TRANSP", "TRANSPARENT")
    vevent.add("STATUS", "CONFIRMED")
    if event.updated_at is not None:
        vevent.add("LAST-MODIFIED", _utc(event.updated_at))
    return vevent


def all_day_span(start: date, end: date) -> tuple[date, date]:
    """Inclusive local dates → (DTSTART, exclusive DTEND) (time rule 6)."""
    if end < start:
        raise ValueError("end date before start date")
    return start, end + timedelta(days=1)


def render_all_day(event: Event, options: RenderOptions) -> RenderedComponents:
    component = all_day_component(event, options)
    return RenderedComponents(
        ical=component.to_ical(),
        tzids=frozenset(),
        first=None,
        last=None,
        uids=(str(component["UID"]),),
    )


# ---------------------------------------------------------------------------
# Time zones
# ---------------------------------------------------------------------------


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


def _vtimezones(pieces: Sequence[RenderedComponents]) -> list[bytes]:
    spans: dict[str, tuple[datetime, datetime]] = {}
    for piece in pieces:
        if piece.first is None or piece.last is None:
            continue
        for tzid in piece.tzids:
            low, high = spans.get(tzid, (piece.first, piece.last))
            spans[tzid] = (min(low, piece.first), max(high, piece.last))
    # A year's margin either side: readers sample offsets around each time.
    return [
        vtimezone(tzid, low.year - 1, high.year + 1) for tzid, (low, high) in sorted(spans.items())
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
            calendar.add("X-WR-CALNAME", name)
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
    agenda: Agenda, options: RenderOptions, cache: Cache | None
) -> list[RenderedComponents]:
    sessions = _agenda_sessions(agenda)
    if not sessions:
        return []
    return [
        _session_piece(agenda.event, s, agenda.tracks, agenda.track, options, cache)
        for s in sessions
    ]


def calendar_name(agenda: Agenda, options: RenderOptions) -> str:
    if options.calendar_name:
        return options.calendar_name
    if agenda.track is not None:
        names = track_names([agenda.track], _tracks_map(agenda.tracks))
        return f"{agenda.event.title} ({names[0]})"
    return agenda.event.title


def render_agenda(agenda: Agenda, options: RenderOptions, cache: Cache | None = None) -> bytes:
    """One event's calendar: its sessions as `agenda.track`'s reader sees them.

    A feed (no METHOD) of an event without sessions shows the event's dates.
    With `options.method` it is a session's invite: PUBLISH or CANCEL
    (see `invite_method`), with ORGANIZER.
    """
    pieces = _agenda_pieces(agenda, options, cache)
    if not pieces and options.method is None:
        pieces = [render_all_day(agenda.event, options)]
    return assemble(
        pieces, options, name=calendar_name(agenda, options), zone_name=agenda.event.timezone
    )


def render_calendar(
    events: Sequence[Event],
    agendas: Mapping[str, Agenda],
    options: RenderOptions,
    cache: Cache | None = None,
) -> bytes:
    """Many events as one subscribable feed (`/calendar.ics`).

    `agendas` maps an event's slug to its agenda; an event with sessions in
    its agenda is shown as those sessions, every other event as an all-day
    span of its dates.
    """
    if options.method is not None:
        raise ValueError("a calendar of several events is a feed: no METHOD")
    pieces: list[RenderedComponents] = []
    for event in sorted(events, key=lambda e: (e.start_date, e.end_date, e.slug)):
        agenda = agendas.get(event.slug)
        session_pieces = _agenda_pieces(agenda, options, cache) if agenda is not None else []
        if session_pieces:
            pieces.extend(session_pieces)
        else:
            pieces.append(render_all_day(event, options))
    return assemble(pieces, options, name=options.calendar_name or "Events")


class ICalendarRenderer:
    """`Renderer` for `.ics`; optionally caches per-session pieces in `cache`."""

    identifier = "ical"
    extension = "ics"
    media_type = MEDIA_TYPE

    def __init__(self, cache: Cache | None = None) -> None:
        self.cache = cache

    def render(self, agenda: Agenda, options: RenderOptions) -> bytes:
        return render_agenda(agenda, options, self.cache)

    def render_calendar(
        self, events: Sequence[Event], agendas: Mapping[str, Agenda], options: RenderOptions
    ) -> bytes:
        return render_calendar(events, agendas, options, self.cache)


__all__ = [
    "MEDIA_TYPE",
    "PRODID",
    "Cache",
    "ICalendarRenderer",
    "RenderedComponents",
    "all_day_component",
    "all_day_span",
    "assemble",
    "calendar_name",
    "component_key",
    "event_uid",
    "invite_method",
    "render_agenda",
    "render_all_day",
    "render_calendar",
    "render_session",
    "session_components",
    "vtimezone",
]
