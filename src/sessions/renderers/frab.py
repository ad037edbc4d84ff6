"""frab / c3voc schedule exchange: `schedule.json` and `schedule.xml`.

What Giggity, EventFahrplan, ConfClerk and the c3voc tooling read. The JSON
follows `schedule-v1.schema.json` and the XML `schedule.xml.xsd` (both in
`../shared/schemas`). The XML is built with the ElementTree element API and
the JSON from plain dicts, never from string templates.

- `acronym` is the event's slug with `-` turned into `_` (the schema forbids `-`),
  padded with `_` to the four characters the schemas want.
- Days are the event's local days (its dates, plus any day a session starts
  on outside them); each runs from that local midnight (or the first moment
  that exists, when the clocks jump at midnight) to the next.
- Rooms are the sessions' rooms; a session without a room is listed under a
  virtual room named after its tracks, concurrent ones in rooms of their own
  ("Online", "Online 2"; see `frab_names`), so no room is double-booked.
- A talk's `track` is always a declared track: a session offered in several
  tracks is in a declared combined one ("Hybrid"; see `frab_names`).
- `guid` is the session's UUID; the deprecated integer `id`, still required
  by the XSD, is derived from it (stable, unique within the schedule).
- Times are in the event's zone: `date` with its UTC offset, `start` HH:MM,
  `duration` HH:MM, `end` = date + duration.
- Cancelled sessions are left out (the format has no status); facilitator
  notes are never read.
"""

from __future__ import annotations

import functools
import math
import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from importlib import resources

import msgspec

from sessions import __version__
from sessions.domain.agenda import Agenda
from sessions.domain.clock import format_instant
from sessions.domain.joining import session_join
from sessions.domain.links import PublicLinks
from sessions.domain.model import Event, Session, SessionStatus, Track, TrackMode
from sessions.domain.zones import Zone, get_zone, zone_names
from sessions.renderers.base import RenderOptions, event_url, session_url
from sessions.renderers.frab_names import (
    HYBRID,
    MATERIAL_REFERENCES,
    combined_track_slug,
    numbers,
    person_guid,
    virtual_room_guid,
    virtual_rooms,
)
from sessions.renderers.text import segment_lines, track_names

JSON_MEDIA_TYPE = "application/json"
XML_MEDIA_TYPE = "application/xml; charset=utf-8"
SCHEMA_URL = "https://c3voc.de/schedule/schema.json"

# The JSON Schema's pattern for time_zone_name (anchored at the start only).
_JSON_ZONE_RE = re.compile(r"^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$")
_TRACK_SLUG_JSON_RE = re.compile(r"^[a-z0-9_-]+[a-z0-9]$")
_TRACK_SLUG_XML_RE = re.compile(r"^[a-z][a-z0-9-]+$")
_VOC_SLUG_RE = re.compile(r"^[a-z0-9_]{4,}-[a-z0-9\-_]{4,}$")

# Namespace for derived GUIDs (rooms) when the event has no id of its own.
_NAMESPACE = uuid.UUID("3c0b8a52-6f7e-5d3c-9a51-0e0c8f7d2b11")


def acronym(event: Event) -> str:
    """The slug with `-` as `_`, padded with `_` to four characters.

    Both schemas want at least four characters (`[a-z0-9_-]{4,}` in the XSD,
    `^[a-z0-9_-][a-z0-9_]{3,}` in the JSON schema), and so do the talks'
    `slug`s built from it; an event's slug may be as short as one character.
    """
    return event.slug.replace("-", "_").ljust(4, "_")


def format_duration(delta: timedelta) -> str:
    """`HH:MM` (hours may exceed 24)."""
    minutes = int(delta.total_seconds()) // 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def day_bounds(day: date, zone: Zone) -> tuple[datetime, datetime]:
    """The first moment of a local day and of the next one, as local datetimes."""

    def first_moment(d: date) -> datetime:
        # fold=0 in a gap takes the offset before the jump, whose instant is the
        # jump itself: the first local time that exists that day.
        wall = datetime.combine(d, time(0), tzinfo=zone)
        return wall.astimezone(UTC).astimezone(zone)

    return first_moment(day), first_moment(day + timedelta(days=1))


@functools.cache
def _zone_data_names() -> dict[bytes, str]:
    """Zone-file contents → a name the JSON Schema accepts (first in sorted order)."""
    found: dict[bytes, str] = {}
    root = resources.files("tzdata").joinpath("zoneinfo")
    for name in sorted(zone_names()):
        if not _JSON_ZONE_RE.match(name):
            continue
        try:
            data = root.joinpath(*name.split("/")).read_bytes()
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            continue
        found.setdefault(data, name)
    return found


def json_zone_name(name: str) -> str | None:
    """The zone's name as the JSON Schema's pattern accepts it.

    Most IANA names match as they are. A link or legacy name that does not
    (`US/Eastern`, `Etc/UTC`) is replaced by a zone with identical tzdata
    rules (`America/New_York`, `UTC`); None when there is none.
    """
    if _JSON_ZONE_RE.match(name):
        return name
    try:
        data = resources.files("tzdata").joinpath("zoneinfo", *name.split("/")).read_bytes()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None
    return _zone_data_names().get(data)


# ---------------------------------------------------------------------------
# The format-neutral schedule
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DeclaredTrack:
    name: str
    slug: str


@dataclass(frozen=True, slots=True)
class Room:
    name: str
    guid: uuid.UUID
    online: bool
    virtual: bool = False  # made up for room-less sessions
    order: tuple[str, int] = ("", 0)  # (base name, number) of a virtual room


@dataclass(frozen=True, slots=True)
class TalkPerson:
    name: str
    guid: uuid.UUID
    number: int  # the integer id ConfClerk keys persons on


@dataclass(frozen=True, slots=True)
class Talk:
    session: Session
    number: int  # the deprecated integer id
    room: Room
    start: datetime  # local, in the event's zone
    end: datetime
    track: str
    persons: tuple[TalkPerson, ...]
    abstract: str
    description: str | None
    url: str
    slug: str
    links: tuple[tuple[str, str], ...]  # (url, title)
    # The session's materials as (url, title, type), in `links` and in `attachments`.
    material_links: tuple[tuple[str, str, str], ...] = ()
    attachments: tuple[tuple[str, str, str], ...] = ()
    language: str | None = None  # the first spoken language (frab has one)


@dataclass(frozen=True, slots=True)
class Day:
    index: int
    date: date
    start: datetime
    end: datetime
    rooms: tuple[tuple[Room, tuple[Talk, ...]], ...]


@dataclass(frozen=True, slots=True)
class Schedule:
    event: Event
    zone_name: str
    version: str
    url: str
    base_url: str
    start: date
    end: date
    timeslot: str
    tracks: tuple[DeclaredTrack, ...]  # the event's, then the combined ones talks are in
    rooms: tuple[Room, ...]
    days: tuple[Day, ...]


def _timeslot(talks: Sequence[tuple[datetime, datetime]]) -> str:
    g = 0
    for start, end in talks:
        g = math.gcd(g, start.hour * 60 + start.minute)
        g = math.gcd(g, int((end - start).total_seconds()) // 60)
    for size in (60, 30, 15, 10, 5):
        if g and g % size == 0:
            return format_duration(timedelta(minutes=size))
    return "00:05" if g == 0 else "00:01"


def _rooms(
    sessions: Sequence[Session], tracks: Mapping[str, Track], event: Event
) -> dict[uuid.UUID, Room]:
    """Each session's room: its own, or a virtual one named after its tracks."""
    namespace = event.id or uuid.uuid5(_NAMESPACE, event.slug)
    code = acronym(event)
    rooms: dict[uuid.UUID, Room] = {}
    roomless: list[tuple[Session, bool]] = []
    items: list[tuple[str, datetime, datetime]] = []
    for s in sessions:
        assert s.id is not None
        if s.room and s.room.strip():
            name = s.room.strip()
            rooms[s.id] = Room(name, uuid.uuid5(namespace, f"room:{name}"), online=False)
            continue
        online = bool(s.tracks) and all(
            t in tracks and tracks[t].mode is TrackMode.ONLINE for t in s.tracks
        )
        roomless.append((s, online))
        base = " / ".join(track_names(s.tracks, tracks) or ["Online"])
        items.append((base, s.start_instant, s.end_instant))
    real = {room.name for room in rooms.values()}
    for (s, online), (name, base, number) in zip(roomless, virtual_rooms(items, real), strict=True):
        assert s.id is not None
        guid = virtual_room_guid(code, name)
        rooms[s.id] = Room(name, guid, online=online, virtual=True, order=(base, number))
    return rooms


class _Tracks:
    """Each talk's one track name; a session in several tracks gets a combined one."""

    def __init__(self, agenda: Agenda) -> None:
        self.by_slug = {t.slug: t for t in agenda.tracks}
        self.order = tuple(t.slug for t in agenda.tracks)
        self.names = {t.name.strip().casefold() for t in agenda.tracks}
        self.combined: dict[tuple[str, ...], DeclaredTrack] = {}

    def name(self, slugs: Sequence[str]) -> str:
        if len(slugs) <= 1:
            return ", ".join(track_names(slugs, self.by_slug))
        key = tuple(slugs)
        if key not in self.combined:
            modes = {self.by_slug[s].mode for s in key if s in self.by_slug}
            if key == self.order and len(modes) > 1 and HYBRID.casefold() not in self.names:
                name = HYBRID
            else:
                name = " + ".join(track_names(key, self.by_slug))
            self.combined[key] = DeclaredTrack(name, combined_track_slug(key))
        return self.combined[key].name

    def declared(self) -> tuple[DeclaredTrack, ...]:
        own = tuple(DeclaredTrack(t.name, t.slug) for t in self.by_slug.values())
        return own + tuple(sorted(self.combined.values(), key=lambda t: (t.name != HYBRID, t.name)))


def _join_title(label: str, tracks: dict[str, Track], relevant: list[str]) -> str:
    """`Join online (Online)` for a track's link, as before; `Join online` for the session's."""
    for slug in relevant:
        track = tracks.get(slug)
        if track is not None and label.endswith(f" online ({track.name})"):
            return f"Join online ({track.name})"
    return "Join online"


def build_schedule(agenda: Agenda, options: RenderOptions) -> Schedule:
    """The agenda's sessions as a schedule in the event's zone (cancelled ones left out)."""
    event = agenda.event
    zone = get_zone(event.timezone)
    tracks = {t.slug: t for t in agenda.tracks}
    sessions = [
        item.session
        for day in agenda.days
        for item in day.sessions
        if item.session.status is not SessionStatus.CANCELLED
    ]
    for s in sessions:
        if s.id is None:
            raise ValueError(f"session {s.title!r} has no id; the schedule needs GUIDs")
    talk_numbers = numbers(s.id for s in sessions if s.id is not None)
    code = acronym(event)

    room_of = _rooms(sessions, tracks, event)
    talk_tracks = _Tracks(agenda)
    namespace = event.id or uuid.uuid5(_NAMESPACE, event.slug)
    people = {s.id: [(p, person_guid(p, namespace)) for p in s.people] for s in sessions}
    person_numbers = numbers(guid for pairs in people.values() for _, guid in pairs)
    talks: list[Talk] = []
    for s in sessions:
        assert s.id is not None
        start = s.start_instant.astimezone(zone)
        end = s.end_instant.astimezone(zone)
        plan = s.segments_for(agenda.track)
        lines = segment_lines(s, plan, zone, tracks, show_tracks=agenda.track is None)
        description = (
            f"Segment plan (times in {event.timezone}):\n" + "\n".join(lines) if lines else None
        )
        relevant = [agenda.track] if agenda.track is not None else list(s.tracks)
        # The public join links only (an export is public): a private one is left out.
        links = tuple(
            (link.url, _join_title(link.label, tracks, relevant))
            for link in session_join(event.title, s, tracks, agenda.track)
            if link.url is not None
        )
        refs: dict[str, list[tuple[str, str, str]]] = {"links": [], "attachments": []}
        for m in s.materials:
            where, kind = MATERIAL_REFERENCES[m.kind]
            refs[where].append((m.url, m.title, kind))
        talks.append(
            Talk(
                session=s,
                number=talk_numbers[s.id],
                room=room_of[s.id],
                start=start,
                end=end,
                track=talk_tracks.name(relevant),
                persons=tuple(
                    TalkPerson(p.name, guid, person_numbers[guid]) for p, guid in people[s.id]
                ),
                abstract=(s.description or "").strip(),
                description=description,
                url=session_url(event, s, options),
                slug=f"{code}-{s.id}",
                links=links,
                material_links=tuple(refs["links"]),
                attachments=tuple(refs["attachments"]),
                language=s.hybrid.languages[0] if s.hybrid.languages else None,
            )
        )

    rooms: dict[str, Room] = {}
    for talk in sorted(
        talks, key=lambda t: (t.room.online, t.room.order if t.room.virtual else (t.room.name, 0))
    ):
        rooms.setdefault(talk.room.name, talk.room)
    position = {name: i for i, name in enumerate(rooms)}
    by_day: dict[date, list[Talk]] = {}
    for talk in talks:
        by_day.setdefault(talk.start.date(), []).append(talk)
    dates = sorted(
        {
            event.start_date + timedelta(days=i)
            for i in range((event.end_date - event.start_date).days + 1)
        }
        | set(by_day)
    )
    days = []
    for index, day in enumerate(dates, start=1):
        day_start, day_end = day_bounds(day, zone)
        day_talks = sorted(by_day.get(day, []), key=lambda t: (t.start, t.end, t.session.title))
        in_room: dict[str, list[Talk]] = {}
        for talk in day_talks:
            in_room.setdefault(talk.room.name, []).append(talk)
        per_room = tuple(
            (rooms[name], tuple(in_room[name]))
            for name in sorted(in_room, key=position.__getitem__)
        )
        days.append(Day(index, day, day_start, day_end, per_room))

    stamps = [s.updated_at for s in sessions if s.updated_at is not None]
    if event.updated_at is not None:
        stamps.append(event.updated_at)
    latest = max(stamps, default=options.now).astimezone(UTC)
    return Schedule(
        event=event,
        zone_name=event.timezone,
        version=f"{event.version}.{latest:%Y%m%d%H%M%S}",
        url=event_url(event, options),
        base_url=options.site_url + "/",
        start=dates[0],
        end=dates[-1],
        timeslot=_timeslot([(t.start, t.end) for t in talks]),
        tracks=talk_tracks.declared(),
        rooms=tuple(rooms.values()),
        days=tuple(days),
    )


# ---------------------------------------------------------------------------
# JSON
# ---------------------------------------------------------------------------


def _talk_json(talk: Talk) -> dict:
    s = talk.session
    return {
        "guid": str(s.id),
        "id": talk.number,
        "date": format_instant(talk.start),
        "start": f"{talk.start:%H:%M}",
        "end": format_instant(talk.end),
        "duration": format_duration(s.duration),
        "room": talk.room.name,
        "slug": talk.slug,
        "url": talk.url,
        "title": s.title,
        "subtitle": None,
        "track": talk.track or None,
        "type": "meeting",
        "language": talk.language,
        "abstract": talk.abstract,
        "description": talk.description,
        # The schema's FrabPerson form (pyfahrplan reads `public_name`); a person with
        # `name` as well would match PretalxPerson too, and Person is oneOf the two.
        "persons": [
            {"id": p.number, "guid": str(p.guid), "public_name": p.name} for p in talk.persons
        ],
        "links": [{"url": url, "title": title, "type": "web"} for url, title in talk.links]
        + [{"url": url, "title": title, "type": kind} for url, title, kind in talk.material_links],
        **(
            {
                "attachments": [
                    {"url": url, "title": title, "type": kind}
                    for url, title, kind in talk.attachments
                ]
            }
            if talk.attachments
            else {}
        ),
    }


def schedule_json(schedule: Schedule) -> dict:
    """The schedule as a `schedule-v1.schema.json` document (plain dicts)."""
    event = schedule.event
    conference: dict = {
        "acronym": acronym(event),
        "title": event.title,
        "start": schedule.start.isoformat(),
        "end": schedule.end.isoformat(),
        "daysCount": len(schedule.days),
        "timeslot_duration": schedule.timeslot,
    }
    zone_name = json_zone_name(schedule.zone_name)
    if zone_name is not None:
        conference["time_zone_name"] = zone_name
    if event.description:
        conference["description"] = event.description
    conference["url"] = schedule.url
    tracks = []
    for t in schedule.tracks:
        item = {"name": t.name}
        if _TRACK_SLUG_JSON_RE.match(t.slug):
            item["slug"] = t.slug
        tracks.append(item)
    conference["tracks"] = tracks
    conference["rooms"] = [
        {"name": r.name, "guid": str(r.guid), **({"type": "online"} if r.online else {})}
        for r in schedule.rooms
    ]
    conference["days"] = [
        {
            "index": day.index,
            "date": day.date.isoformat(),
            "day_start": format_instant(day.start),
            "day_end": format_instant(day.end),
            "rooms": {room.name: [_talk_json(t) for t in talks] for room, talks in day.rooms},
        }
        for day in schedule.days
    ]
    return {
        "$schema": SCHEMA_URL,
        "generator": {"name": "sessions", "version": __version__},
        "schedule": {
            "version": schedule.version,
            "base_url": schedule.base_url,
            "conference": conference,
        },
    }


# ---------------------------------------------------------------------------
# XML
# ---------------------------------------------------------------------------


def _text(parent: ET.Element, tag: str, text: str | None, **attrib: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrib)
    element.text = text
    return element


def _talk_xml(parent: ET.Element, talk: Talk) -> None:
    s = talk.session
    element = ET.SubElement(parent, "event", {"guid": str(s.id), "id": str(talk.number)})
    _text(element, "date", format_instant(talk.start))
    _text(element, "start", f"{talk.start:%H:%M}")
    _text(element, "duration", format_duration(s.duration))
    _text(element, "room", talk.room.name)
    if _VOC_SLUG_RE.match(talk.slug):
        _text(element, "slug", talk.slug)
    _text(element, "url", talk.url)
    _text(element, "title", s.title)
    _text(element, "subtitle", "")
    _text(element, "track", talk.track)
    _text(element, "type", "meeting")
    _text(element, "abstract", talk.abstract)
    if talk.description is not None:
        _text(element, "description", talk.description)
    if talk.language is not None:
        _text(element, "language", talk.language)
    persons = ET.SubElement(element, "persons")
    for p in talk.persons:  # ConfClerk keys persons on `id`
        _text(persons, "person", p.name, id=str(p.number), guid=str(p.guid))
    links = ET.SubElement(element, "links")
    for url, title in talk.links:
        _text(links, "link", title, href=url)
    for url, title, kind in talk.material_links:
        _text(links, "link", title, href=url, type=kind)
    if talk.attachments:
        attachments = ET.SubElement(element, "attachments")
        for url, title, kind in talk.attachments:
            _text(attachments, "attachment", title, href=url, type=kind)


def schedule_xml(schedule: Schedule) -> ET.Element:
    """The schedule as a `schedule.xml.xsd` element tree."""
    event = schedule.event
    root = ET.Element("schedule")
    ET.SubElement(root, "generator", {"name": "sessions", "version": __version__})
    # The document's own address (the conference's `url` is the agenda page).
    _text(
        root, "url", PublicLinks(schedule.base_url.rstrip("/")).schedule(schedule.event.slug, "xml")
    )
    _text(root, "version", schedule.version)
    conference = ET.SubElement(root, "conference")
    _text(conference, "acronym", acronym(event))
    _text(conference, "title", event.title)
    _text(conference, "start", schedule.start.isoformat())
    _text(conference, "end", schedule.end.isoformat())
    _text(conference, "days", str(len(schedule.days)))
    _text(conference, "timeslot_duration", schedule.timeslot)
    _text(conference, "base_url", schedule.base_url)
    _text(conference, "url", schedule.url)
    _text(conference, "time_zone_name", schedule.zone_name)
    for t in schedule.tracks:
        attrib = {"name": t.name}
        if _TRACK_SLUG_XML_RE.match(t.slug):
            attrib["slug"] = t.slug
        _text(conference, "track", t.name, **attrib)
    for day in schedule.days:
        day_element = ET.SubElement(
            root,
            "day",
            {
                "index": str(day.index),
                "date": day.date.isoformat(),
                "start": format_instant(day.start),
                "end": format_instant(day.end),
            },
        )
        for room, talks in day.rooms:
            room_element = ET.SubElement(
                day_element, "room", {"name": room.name, "guid": str(room.guid)}
            )
            for talk in talks:
                _talk_xml(room_element, talk)
    return root


# ---------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------


class FrabJsonRenderer:
    identifier = "frab-json"
    extension = "json"
    media_type = JSON_MEDIA_TYPE

    def render(self, agenda: Agenda, options: RenderOptions) -> bytes:
        return msgspec.json.encode(schedule_json(build_schedule(agenda, options)))


class FrabXmlRenderer:
    identifier = "frab-xml"
    extension = "xml"
    media_type = XML_MEDIA_TYPE

    def render(self, agenda: Agenda, options: RenderOptions) -> bytes:
        root = schedule_xml(build_schedule(agenda, options))
        ET.indent(root)
        return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def render_json(agenda: Agenda, options: RenderOptions) -> bytes:
    return FrabJsonRenderer().render(agenda, options)


def render_xml(agenda: Agenda, options: RenderOptions) -> bytes:
    return FrabXmlRenderer().render(agenda, options)


__all__ = [
    "JSON_MEDIA_TYPE",
    "XML_MEDIA_TYPE",
    "Day",
    "DeclaredTrack",
    "FrabJsonRenderer",
    "FrabXmlRenderer",
    "Room",
    "Schedule",
    "Talk",
    "TalkPerson",
    "acronym",
    "build_schedule",
    "day_bounds",
    "format_duration",
    "json_zone_name",
    "render_json",
    "render_xml",
    "schedule_json",
    "schedule_xml",
]
