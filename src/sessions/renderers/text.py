"""Plain-text pieces shared by the renderers: times, spans and segment plans.

Locale-independent (English names, 24-hour clock) so that every machine
renders the same bytes. Facilitator notes (`Segment.notes`) are never read
here, so no text built here can carry them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime

from sessions.domain.clock import crosses_midnight, format_offset
from sessions.domain.hybrid import Hybrid, Material, MaterialKind
from sessions.domain.joining import PUBLIC, JoinLink, Reader, segment_join, session_join
from sessions.domain.model import Event, Segment, SegmentKind, Session, Track, TrackMode
from sessions.domain.zones import Zone
from sessions.languages import language_name

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

KIND_LABELS: Mapping[SegmentKind, str] = {
    SegmentKind.PRESENTATION: "presentation",
    SegmentKind.QA: "Q&A",
    SegmentKind.NETWORKING: "networking",
    SegmentKind.DISCUSSION: "discussion",
    SegmentKind.BREAK: "break",
    SegmentKind.PANEL: "panel",
    SegmentKind.KEYNOTE: "keynote",
    SegmentKind.OTHER: "other",
}


def format_day(day: date) -> str:
    """`Wed 18 Dec 2024`."""
    return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def format_clock(moment: datetime) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def zone_label(moment: datetime, zone_name: str) -> str:
    """`Asia/Riyadh, UTC+03:00` (the offset at `moment`)."""
    offset = moment.utcoffset()
    assert offset is not None
    return f"{zone_name}, UTC{format_offset(offset)}"


def format_span(start: datetime, end: datetime, zone_name: str) -> str:
    """A local span, e.g. `Wed 18 Dec 2024, 15:45–16:45 (Asia/Riyadh, UTC+03:00)`.

    A span over several days names both days; a change of offset inside the
    span (a DST change) names both offsets.
    """
    start_label = zone_label(start, zone_name)
    end_offset = end.utcoffset()
    if end_offset != start.utcoffset():
        assert end_offset is not None
        start_label += f" → UTC{format_offset(end_offset)}"
    if end.date() == start.date() or (
        not crosses_midnight(start, end) and end.date() > start.date()
    ):
        # Same day, or ends exactly at the next midnight (time rule 4: does not cross).
        text = f"{format_day(start.date())}, {format_clock(start)}–{format_clock(end)}"
    else:
        text = (
            f"{format_day(start.date())} {format_clock(start)} – "
            f"{format_day(end.date())} {format_clock(end)}"
        )
    return f"{text} ({start_label})"


def local(instant: datetime, zone: Zone) -> datetime:
    """An instant in `zone`, keeping the zone's fold information."""
    return instant.astimezone(zone)


def _short_day(moment: datetime) -> str:
    return f"{_DAYS[moment.weekday()]} {moment.day} {_MONTHS[moment.month - 1]}"


def _interval_on(start: datetime, end: datetime, day: date) -> str:
    """`16:25–16:45` on `day`; days are named when the interval leaves it.

    An interval that ends exactly at the next midnight stays on its day
    (time rule 4): `23:30–00:00`.
    """
    ends_on_start_day = end.date() == start.date() or not crosses_midnight(start, end)
    if start.date() == day and ends_on_start_day:
        return f"{format_clock(start)}–{format_clock(end)}"
    if ends_on_start_day:
        return f"{_short_day(start)} {format_clock(start)}–{format_clock(end)}"
    first = (
        format_clock(start) if start.date() == day else f"{_short_day(start)} {format_clock(start)}"
    )
    return f"{first} – {_short_day(end)} {format_clock(end)}"


def _segment_label(segment: Segment) -> str:
    kind = KIND_LABELS[segment.kind]
    if segment.title.strip().casefold() == kind.casefold():
        return segment.title
    return f"{segment.title} ({kind})"


def track_names(slugs: Sequence[str], tracks: Mapping[str, Track]) -> list[str]:
    return [tracks[s].name if s in tracks else s for s in slugs]


def segment_lines(
    session: Session,
    segments: Sequence[Segment],
    zone: Zone,
    tracks: Mapping[str, Track],
    *,
    show_tracks: bool,
    reader: Zone | None = None,
) -> list[str]:
    """One line per segment, times in `zone`, plus the reader's times when given."""
    day = local(session.start_instant, zone).date()
    reader_day = local(session.start_instant, reader).date() if reader is not None else None
    lines = []
    for seg in segments:
        start = local(session.segment_start(seg), zone)
        end = local(session.segment_end(seg), zone)
        line = f"{_interval_on(start, end, day)}  {_segment_label(seg)}"
        if show_tracks:
            if seg.tracks:
                line += " — " + ", ".join(track_names(seg.tracks, tracks)) + " only"
            else:
                line += " — everyone"
        if reader is not None and reader_day is not None:
            r_start = local(session.segment_start(seg), reader)
            r_end = local(session.segment_end(seg), reader)
            line += f" [your time {_interval_on(r_start, r_end, reader_day)}]"
        lines.append(line)
    return lines


def location_text(event: Event, session: Session, in_person: Sequence[Track]) -> str | None:
    """`room, track location, venue`, each place once, without blanks.

    The places are the comma-separated parts of the three. One that comes
    again (case and spacing aside) is kept where it comes last, so the line
    still runs from the room to the city: "Workshop Room 2" + "KAICC, Riyadh"
    + "King Abdulaziz International Conference Center, Riyadh" is "Workshop
    Room 2, KAICC, King Abdulaziz International Conference Center, Riyadh".
    A place is only ever dropped for an equal one: "Hall 2" is not "Hall 21".
    """
    places = [
        place.strip()
        for part in (session.room, *(t.location for t in in_person), event.venue)
        if part
        for place in part.split(",")
        if place.strip()
    ]
    last = {" ".join(p.split()).casefold(): i for i, p in enumerate(places)}
    kept = [p for i, p in enumerate(places) if last[" ".join(p.split()).casefold()] == i]
    return ", ".join(kept) or None


def session_description(
    event: Event,
    session: Session,
    tracks: Mapping[str, Track],
    track: str | None,
    zone: Zone,
    *,
    reader: Zone | None = None,
    reader_zone_name: str | None = None,
    link: str | None = None,
    join_reader: Reader = PUBLIC,
) -> str:
    """The public description of a session for one reader.

    Holds the session's own description, its times in the event's zone (and
    the reader's), where or how to take part, who is on it, and the segment
    plan of the reader's track (every segment, each naming its tracks, when
    `track` is None).
    """
    relevant = [track] if track is not None else list(session.tracks)
    known = [tracks[s] for s in relevant if s in tracks]
    join = session_join(event.title, session, tracks, track, join_reader)
    # The join link comes first: calendar apps show the description's first lines, and a
    # person opening the entry a minute before the start looks for it there.
    plan = session.segments_for(track)
    lines = join_lines(join, known)
    for seg in plan:
        breakout = segment_join(seg, session, join_reader)
        if breakout is not None:
            start, end = (
                local(session.segment_start(seg), zone),
                local(session.segment_end(seg), zone),
            )
            lines.append(
                f"{breakout.label} ({format_clock(start)}–{format_clock(end)}): "
                f"{breakout.url or WITHHELD}"
            )
    parts: list[str] = ["\n".join(lines)] if lines else []
    if session.description and session.description.strip():
        parts.append(session.description.strip())
    start = local(session.start_instant, zone)
    end = local(session.end_instant, zone)
    when = [f"When: {format_span(start, end, event.timezone)}"]
    if reader is not None:
        r_start = local(session.start_instant, reader)
        r_end = local(session.end_instant, reader)
        line = f"Your local time: {format_span(r_start, r_end, reader_zone_name or str(reader))}"
        if crosses_midnight(r_start, r_end):
            line += " — crosses your midnight"
        when.append(line)
    if session.status.value != "confirmed":
        when.append(f"Status: {session.status.value}")
    parts.append("\n".join(when))

    how: list[str] = []
    in_person = [t for t in known if t.mode is TrackMode.IN_PERSON]
    if in_person or (not known and session.room):
        where = location_text(event, session, in_person)
        if where:
            how.append(f"In person: {where}")
    if not join:
        for t in known:
            if t.mode is TrackMode.ONLINE and not t.join_url:
                how.append(f"{t.name}: link to follow")
    if session.people:
        how.append("With: " + ", ".join(f"{p.name} ({p.role.value})" for p in session.people))
    how.extend(access_lines(session.hybrid))
    if how:
        parts.append("\n".join(how))
    if session.materials:
        parts.append("\n".join(["Materials:", *material_lines(session.materials)]))

    if plan:
        label = ", ".join(track_names([track], tracks)) if track is not None else "all tracks"
        header = f"Segment plan ({label}; times in {event.timezone}):"
        lines = segment_lines(session, plan, zone, tracks, show_tracks=track is None, reader=reader)
        parts.append("\n".join([header, *lines]))
    if link:
        parts.append(f"Details: {link}")
    return "\n\n".join(parts)


WITHHELD = "sent to registered participants"
_MATERIAL_LABELS: Mapping[MaterialKind, str] = {
    MaterialKind.SLIDES: "Slides",
    MaterialKind.RECORDING: "Recording",
    MaterialKind.NOTES: "Notes",
    MaterialKind.LIVESTREAM: "Livestream",
    MaterialKind.OTHER: "Link",
}


def join_lines(join: Sequence[JoinLink], known: Sequence[Track] = ()) -> list[str]:
    """`Join online: <url>` per link (naming the track when there are several); a private
    link this reader may not have says who gets it."""
    several = len(join) > 1
    online = [t for t in known if t.mode is TrackMode.ONLINE and t.join_url]
    out = []
    for i, link in enumerate(join):
        name = f" ({online[i].name})" if several and i < len(online) else ""
        out.append(f"Join online{name}: {link.url or WITHHELD}")
    return out


def access_lines(hybrid: Hybrid) -> list[str]:
    """Languages, interpretation, sign language and captions, named from CLDR ("French")."""

    def names(tags: Sequence[str]) -> str:
        return ", ".join(language_name(t) for t in tags)

    out = []
    if hybrid.languages:
        out.append("Language: " + names(hybrid.languages))
    if hybrid.interpretation:
        out.append("Interpretation: " + names(hybrid.interpretation))
    if hybrid.sign_language:
        out.append("Sign language: " + names(hybrid.sign_language))
    if hybrid.captions:
        out.append("Captions: yes")
    return out


def material_lines(materials: Sequence[Material]) -> list[str]:
    return [f"{_MATERIAL_LABELS[m.kind]}: {m.title} — {m.url}" for m in materials]


__all__ = [
    "KIND_LABELS",
    "format_clock",
    "format_day",
    "format_span",
    "location_text",
    "segment_lines",
    "session_description",
    "track_names",
    "zone_label",
]
