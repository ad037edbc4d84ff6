"""One session's VEVENT(s), or one dates-only event's all-day span, as cacheable pieces.

Every byte is produced by `icalendar`. `render_session` serialises a
session's components once; `component_key` names everything those bytes
depend on, so a caller can cache the pieces and re-render only the sessions
that changed. `ical.assemble` places them in a calendar, with a VTIMEZONE
for each TZID they use.
"""

from __future__ import annotations

import uuid
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from icalendar import Alarm, vCalAddress, vUri
from icalendar import Event as VEvent

from sessions.domain.joining import JoinLink, during_segment, session_join, shown_key
from sessions.domain.model import (
    Event,
    EventKind,
    Session,
    SessionStatus,
    Track,
    TrackMode,
)
from sessions.domain.zones import Zone, get_zone
from sessions.renderers.base import (
    RenderError,
    RenderOptions,
    event_url,
    session_uid,
    session_url,
)
from sessions.renderers.text import (
    KIND_LABELS,
    access_lines,
    format_day,
    join_lines,
    location_text,
    segment_lines,
    session_description,
    track_names,
)
from sessions.renderers.vtimezone import UTC_ZONES

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
    join: list[JoinLink],
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
    # URL is the session's page (made for people); the join link lives in CONFERENCE and
    # on the description's first line.
    vevent.add("URL", session_url(event, session, options))
    # RFC 7986 CONFERENCE: the link that applies (a breakout's during its segment), never
    # one withheld from this reader.
    for link in join:
        if link.url is not None:
            vevent.add(
                "CONFERENCE",
                vUri(
                    link.url,
                    params={"VALUE": "URI", "FEATURE": ["AUDIO", "VIDEO"], "LABEL": link.label},
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


def _segment_uids(session: Session, options: RenderOptions) -> dict[int, str]:
    """The UID of each of the session's segments, by `id()` of the segment.

    The rule: a UUIDv5 in the session's id of the segment's kind, its title
    (spacing and case aside), its tracks (sorted) and `n`, its place among the
    session's segments with that same kind, title and tracks (plan order,
    all tracks). Never its times or its place in the whole plan, so resizing
    or moving a segment, or adding or removing another one, keeps its UID (one
    update in a subscriber's calendar, not a delete and an add); a segment of
    the same kind, title and tracks added before it shifts `n`. A new kind,
    title or tracks is a new segment, with a new UID.
    """
    assert session.id is not None
    seen: dict[str, int] = {}
    uids: dict[int, str] = {}
    for segment in session.segments:
        title = " ".join(segment.title.split()).casefold()
        key = f"{segment.kind.value}/{title}/{','.join(sorted(segment.tracks))}"
        seen[key] = seen.get(key, 0) + 1
        uids[id(segment)] = f"{uuid.uuid5(session.id, f'{key}/{seen[key]}')}@{options.host}"
    return uids


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
        join_reader=options.join_reader,
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
        join = session_join(event.title, session, by_slug, track, options.join_reader)
        _add_common(vevent, event, session, by_slug, track, options, join)
        _add_alarm(vevent, session.title, session.status, options)
        return [vevent]

    components = []
    segment_uids = _segment_uids(session, options)
    for seg in plan:
        start, end = session.segment_start(seg), session.segment_end(seg)
        summary = f"{seg.title} ({session.title})"
        vevent = VEvent()
        vevent.add("UID", segment_uids[id(seg)])
        vevent.add("DTSTAMP", dtstamp)
        in_utc = _zoned_in_utc(event.timezone, (start, end), options)
        _add_time(vevent, "DTSTART", start, event.timezone, in_utc)
        _add_time(vevent, "DTEND", end, event.timezone, in_utc)
        vevent.add("SUMMARY", summary)
        line = segment_lines(
            session, [seg], zone, by_slug, show_tracks=track is None, reader=reader
        )[0]
        join = during_segment(event.title, session, seg, by_slug, track, options.join_reader)
        known = [by_slug[s] for s in _reader_tracks(session, track) if s in by_slug]
        # The link that applies during this segment comes first, as on the session's entry.
        head = [*join_lines(join, known), f"{KIND_LABELS[seg.kind].capitalize()}: {line}"]
        head.extend(access_lines(seg.hybrid))
        vevent.add(
            "DESCRIPTION",
            "\n".join(head) + f"\n\nPart of: {session.title}\n\n{description}",
        )
        vevent.add("RELATED-TO", uid)
        _add_common(vevent, event, session, by_slug, track, options, join)
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
        # Which private join links this reader gets now (they open over time).
        options.join_reader.audience,
        shown_key(session, tracks, options.join_reader),
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
    start, end = all_day_span(event.start_date, event.end_date, what=f"event {event.slug!r}")
    vevent.add("DTSTART", start)
    vevent.add("DTEND", end)
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


def all_day_span(start: date, end: date, *, what: str = "the span") -> tuple[date, date]:
    """Inclusive local dates → (DTSTART, exclusive DTEND) (time rule 6).

    A span ending on 9999-12-31 is a `RenderError`: its exclusive DTEND, the
    day after, is past the last date iCalendar (and Python) can write.
    """
    if end < start:
        raise ValueError("end date before start date")
    if end >= date.max:
        raise RenderError(
            f"{what} ends on {end.isoformat()}: its exclusive DTEND, the day after, "
            "is past the last date a calendar can hold"
        )
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


__all__ = [
    "RenderedComponents",
    "all_day_component",
    "all_day_span",
    "component_key",
    "event_uid",
    "render_all_day",
    "render_session",
    "session_components",
]
