"""Reading frab / c3voc schedules (`schedule.json`, `schedule.xml`): the writer's other half.

Pure: bytes in, plain values out; no database, no framework, no clock. The
format is told by the content (`{` JSON, `<` XML), not by a media type.

- JSON is decoded by msgspec; XML by `defusedxml` (no DTDs, no entity
  declarations, no external references: a schedule never needs them, and
  refusing them is what keeps "billion laughs" and XXE out).
- Every talk becomes an `ImportedTalk` with its instants (aware datetimes),
  room, track name, text, persons and, for our own exports (generator
  `sessions`), its segment plan read back from the description the writer
  puts it in. A talk that cannot be read is an `UnreadableTalk` naming the
  field at fault by its place in the file (`schedule.conference.days[0].
  rooms["Saal 1"][1].date`, `schedule/day[1]/room[1]/event[2]/date`), so
  one bad talk never hides the others.
- A body that is neither JSON nor XML, or not well-formed, is
  `MalformedSchedule` (HTTP 400); a well-formed document that is not a
  schedule (no `conference`, no `days`), or an XML document with a DTD, is
  `InvalidInput` (422) naming the path.
"""

from __future__ import annotations

import json
import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import defusedxml
import defusedxml.ElementTree as SafeET
import msgspec

from sessions.domain.clock import resolve_wall
from sessions.domain.errors import DomainError, FieldError, InvalidInput
from sessions.domain.model import (
    DESCRIPTION_MAX,
    NAME_MAX,
    ROOM_MAX,
    TITLE_MAX,
    SegmentKind,
)
from sessions.domain.zones import Zone, get_zone, is_zone
from sessions.renderers.text import KIND_LABELS

GENERATOR = "sessions"  # what our own writer puts in `generator.name`
MAX_TALKS = 20_000
GUID_MAX = 255
TRACK_MAX = 1_200  # a track name, or our writer's comma-separated list of them

# Derived GUIDs for talks that only have the deprecated integer id (old frab exports).
_NAMESPACE = uuid.UUID("8f0d3c52-1e4b-5a7c-9d2e-6b1f0a3c4d5e")
_DURATION_RE = re.compile(r"^(\d{1,4}):([0-5]\d)(?::([0-5]\d))?$")


class MalformedSchedule(DomainError):
    """Not JSON, not XML, or not well-formed (HTTP 400)."""

    title = "Malformed request"


@dataclass(frozen=True, slots=True)
class ImportedPerson:
    name: str


@dataclass(frozen=True, slots=True)
class ImportedSegment:
    """One line of a segment plan as our writer prints it; times are instants."""

    kind: SegmentKind
    title: str
    start: datetime
    end: datetime
    tracks: str | None  # the track names as written ("In person"); None: everyone


@dataclass(frozen=True, slots=True)
class ImportedTalk:
    guid: str
    title: str
    start: datetime  # aware
    end: datetime  # aware
    room: str | None
    track: str | None  # the track name(s) as written in the file
    description: str | None  # the session's description: abstract (and description)
    persons: tuple[ImportedPerson, ...]
    # None: the file says nothing about a plan; (): the session has none (our exports only).
    segments: tuple[ImportedSegment, ...] | None
    path: str  # where the talk is in the file
    xml: bool = False
    end_field: str = "duration"  # which field gave the end
    description_field: str = "abstract"

    def source_field(self, name: str) -> str:
        """A service's field name (`start`, `people[2].name`) as the file's path."""
        match = re.match(r"^(?P<head>[a-z_]+)(?:\[(?P<index>\d+)\])?(?P<rest>.*)$", name)
        if match is None:
            return self._join(name)
        head, index = match["head"], match["index"]
        if head == "people":
            if index is None:
                return self._join("persons")
            if self.xml:
                return self._join(f"persons/person[{int(index) + 1}]")
            return self._join(f"persons[{index}]")
        mapped = {
            "start": "date",
            "end": self.end_field,
            "tracks": "track",
            "segments": "description",
            "description": self.description_field,
            "guid": "@guid" if self.xml else "guid",
        }.get(head, head)
        return self._join(mapped)

    def _join(self, name: str) -> str:
        return f"{self.path}{'/' if self.xml else '.'}{name}"


@dataclass(frozen=True, slots=True)
class UnreadableTalk:
    guid: str | None
    title: str | None
    errors: tuple[FieldError, ...]
    path: str = ""  # where the talk is in the file


@dataclass(frozen=True, slots=True)
class ImportedSchedule:
    format: str  # "json" | "xml"
    generator: str | None
    acronym: str | None
    title: str | None
    time_zone_name: str | None
    talks: tuple[ImportedTalk, ...]
    unreadable: tuple[UnreadableTalk, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def ours(self) -> bool:
        return self.generator == GENERATOR


# ---------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------


def read_schedule(data: bytes) -> ImportedSchedule:
    """A frab schedule, JSON or XML (told by its first character), as plain values."""
    body = data.removeprefix(b"\xef\xbb\xbf").lstrip()
    if not body:
        raise MalformedSchedule("The body is empty: send a frab schedule as JSON or XML.")
    if body[:1] == b"{":
        return _read_json(body)
    if body[:1] == b"<":
        return _read_xml(body)
    raise MalformedSchedule(
        "The body is neither JSON nor XML: send a frab schedule.json or schedule.xml."
    )


def match_tracks(text: str, tracks: Sequence[tuple[str, str]]) -> tuple[str, ...] | None:
    """Track slugs for the names (or slugs) a file gives, or None when any is unknown.

    `tracks` is the event's (slug, name) pairs. The whole text is tried first,
    then a comma-separated list ("In person, Online", as our writer joins them).
    Case and surrounding spaces do not matter.
    """

    def one(part: str) -> str | None:
        wanted = part.strip().casefold()
        for slug, name in tracks:
            if wanted in (slug.casefold(), name.strip().casefold()):
                return slug
        return None

    whole = one(text)
    if whole is not None:
        return (whole,)
    parts = [p for p in text.split(",") if p.strip()]
    found = [one(p) for p in parts]
    if not parts or any(f is None for f in found):
        return None
    return tuple(dict.fromkeys(f for f in found if f is not None))


# ---------------------------------------------------------------------------
# Shared field readers
# ---------------------------------------------------------------------------


@dataclass
class _Talk:
    """What one talk's fields say, collected with the errors of reading them."""

    path: str
    xml: bool
    zone_name: str | None
    ours: bool
    errors: list[FieldError] = field(default_factory=list)

    def at(self, name: str) -> str:
        return f"{self.path}{'/' if self.xml else '.'}{name}"

    def fail(self, name: str, message: str, value: Any = None) -> None:
        self.errors.append(FieldError(self.at(name), message, _shown(value)))

    def text(self, name: str, value: Any, *, limit: int, required: bool = False) -> str | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.fail(name, "is required and must not be blank", value)
            return None
        if not isinstance(value, str):
            self.fail(name, "must be a string", value)
            return None
        text = value.strip()
        if "\x00" in text:
            self.fail(name, "must not contain NUL characters")
            return None
        if len(text) > limit:
            self.fail(name, f"must be at most {limit} characters (it has {len(text)})")
            return None
        return text

    def instant(self, name: str, value: Any) -> datetime | None:
        if not isinstance(value, str) or not value.strip():
            self.fail(name, "is required: the start as a date-time with its UTC offset", value)
            return None
        try:
            moment = datetime.fromisoformat(value.strip())
        except ValueError:
            self.fail(
                name, "must be an ISO 8601 date-time such as 2024-12-18T15:45:00+03:00", value
            )
            return None
        if moment.tzinfo is not None and moment.utcoffset() is not None:
            return moment
        # A local time without an offset: only the schedule's own zone can place it.
        if self.zone_name is None or not is_zone(self.zone_name):
            self.fail(
                name,
                "has no UTC offset and the schedule names no IANA time_zone_name to place it",
                value,
            )
            return None
        try:
            return resolve_wall(moment.replace(tzinfo=None), get_zone(self.zone_name), "").instant
        except InvalidInput as exc:
            self.fail(name, exc.errors[0].message if exc.errors else exc.detail, value)
            return None

    def duration(self, name: str, value: Any) -> timedelta | None:
        match = _DURATION_RE.match(value.strip()) if isinstance(value, str) else None
        if match is None:
            self.fail(name, "must be a duration HH:MM such as 00:30", value)
            return None
        hours, minutes, seconds = (int(g or 0) for g in match.groups())
        return timedelta(hours=hours, minutes=minutes, seconds=seconds)


def _shown(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float):
        return value
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 200 else text[:199] + "…"


def _guid(talk: _Talk, guid: Any, number: Any, acronym: str | None, name: str) -> str | None:
    if isinstance(guid, str) and guid.strip():
        guid = guid.strip()
        if len(guid) > GUID_MAX or "\x00" in guid:
            talk.fail(name, f"must be at most {GUID_MAX} characters", guid)
            return None
        return guid
    if guid is not None and not isinstance(guid, str):
        talk.fail(name, "must be a string (a UUID)", guid)
        return None
    if isinstance(number, int | str) and str(number).strip().isdigit():
        # Old frab exports have only the integer id: derive a GUID that stays the same.
        return str(uuid.uuid5(_NAMESPACE, f"{acronym or ''}:{int(str(number).strip())}"))
    talk.fail(name, "is required: the import finds its sessions again by their GUID", guid)
    return None


def _end(
    talk: _Talk,
    start: datetime | None,
    end_value: Any,
    duration_value: Any,
) -> tuple[datetime | None, str]:
    """The end instant: `end` when given (the current schema), else date + `duration`."""
    if end_value not in (None, ""):
        end = talk.instant("end", end_value)
        return end, "end"
    length = talk.duration("duration", duration_value)
    if start is None or length is None:
        return None, "duration"
    return start + length, "duration"


def _description(
    talk: _Talk, abstract: Any, description: Any
) -> tuple[str | None, str | None, str]:
    """The session's description, the text that holds our plan, and the field it came from."""
    first = talk.text("abstract", abstract, limit=DESCRIPTION_MAX)
    if talk.ours:
        # Our writer puts the session's description in `abstract` and its plan in `description`.
        plan_text = description if isinstance(description, str) else None
        return first, plan_text, "abstract"
    second = talk.text("description", description, limit=DESCRIPTION_MAX)
    parts = [p for p in (first, second) if p]
    if len(parts) == 2 and parts[0] == parts[1]:
        parts = parts[:1]
    text = "\n\n".join(parts) or None
    if text is not None and len(text) > DESCRIPTION_MAX:
        talk.fail(
            "description",
            f"abstract and description together must be at most {DESCRIPTION_MAX} characters",
        )
        return None, None, "description"
    return text, None, "abstract" if first else "description"


def _persons(talk: _Talk, names: Iterable[tuple[str, Any]]) -> tuple[ImportedPerson, ...]:
    people: list[ImportedPerson] = []
    seen: set[str] = set()
    for where, value in names:
        name = talk.text(where, value, limit=NAME_MAX)
        if name is None:
            continue
        key = " ".join(name.split()).casefold()
        if key in seen:  # the same person listed twice is one person
            continue
        seen.add(key)
        people.append(ImportedPerson(name))
    return tuple(people)


def _finish(
    talk: _Talk,
    *,
    guid: str | None,
    title: str | None,
    start: datetime | None,
    end: datetime | None,
    end_field: str,
    room: str | None,
    track: str | None,
    description: str | None,
    description_field: str,
    plan_text: str | None,
    persons: tuple[ImportedPerson, ...],
    notes: list[str],
) -> ImportedTalk | UnreadableTalk:
    if talk.errors or guid is None or title is None or start is None or end is None:
        return UnreadableTalk(guid, title, tuple(talk.errors), talk.path)
    segments: tuple[ImportedSegment, ...] | None = None
    if talk.ours:
        if room is not None and track and room == " / ".join(p.strip() for p in track.split(",")):
            room = None  # our writer names a room-less session's room after its tracks
        segments = read_plan(plan_text or "", start, end)
        if segments is None:
            notes.append(
                f"{title!r} ({guid}): its segment plan could not be read back from the "
                "description; the session was imported without a plan"
            )
    return ImportedTalk(
        guid=guid,
        title=title,
        start=start,
        end=end,
        room=room,
        track=track,
        description=description,
        persons=persons,
        segments=segments,
        path=talk.path,
        xml=talk.xml,
        end_field=end_field,
        description_field=description_field,
    )


def _dedupe(
    talks: Sequence[ImportedTalk | UnreadableTalk],
) -> tuple[list[ImportedTalk], list[UnreadableTalk]]:
    """A GUID twice in one file: the first one counts, the others are refused."""
    read: list[ImportedTalk] = []
    unreadable: list[UnreadableTalk] = []
    first: dict[str, str] = {}
    for talk in talks:
        if isinstance(talk, UnreadableTalk):
            unreadable.append(talk)
            continue
        if talk.guid in first:
            where = talk._join("@guid" if talk.xml else "guid")
            message = f"appears more than once in the file (first at {first[talk.guid]})"
            unreadable.append(
                UnreadableTalk(
                    talk.guid, talk.title, (FieldError(where, message, talk.guid),), talk.path
                )
            )
            continue
        first[talk.guid] = talk.path
        read.append(talk)
    return read, unreadable


def _schedule(
    fmt: str,
    generator: str | None,
    acronym: str | None,
    title: str | None,
    zone_name: str | None,
    talks: list[ImportedTalk | UnreadableTalk],
    notes: list[str],
) -> ImportedSchedule:
    read, unreadable = _dedupe(talks)
    return ImportedSchedule(
        format=fmt,
        generator=generator,
        acronym=acronym,
        title=title,
        time_zone_name=zone_name,
        talks=tuple(read),
        unreadable=tuple(unreadable),
        notes=tuple(notes),
    )


def _too_many(count: int) -> None:
    if count > MAX_TALKS:
        raise InvalidInput.single(
            "schedule", f"at most {MAX_TALKS} talks can be imported at once", count
        )


def _str_or_none(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


# ---------------------------------------------------------------------------
# JSON
# ---------------------------------------------------------------------------


def _read_json(body: bytes) -> ImportedSchedule:
    try:
        document = msgspec.json.decode(body)
    except msgspec.DecodeError as exc:
        raise MalformedSchedule(f"The body is not valid JSON: {exc}.") from None
    if not isinstance(document, dict):
        raise InvalidInput.single("body", "must be a JSON object with a `schedule`")
    schedule = document.get("schedule")
    if not isinstance(schedule, dict):
        raise InvalidInput.single("schedule", "is required: the frab document's `schedule` object")
    conference = schedule.get("conference")
    if not isinstance(conference, dict):
        raise InvalidInput.single(
            "schedule.conference", "is required: the schedule's `conference` object"
        )
    days = conference.get("days")
    if not isinstance(days, list):
        raise InvalidInput.single("schedule.conference.days", "is required: a list of days")
    generator_info = document.get("generator")
    generator = (
        _str_or_none(generator_info.get("name")) if isinstance(generator_info, dict) else None
    )
    acronym = _str_or_none(conference.get("acronym"))
    zone_name = _str_or_none(conference.get("time_zone_name"))
    online_rooms = {
        r.get("name")
        for r in conference.get("rooms") or []
        if isinstance(r, dict) and r.get("type") == "online"
    }
    ours = generator == GENERATOR
    notes: list[str] = []
    talks: list[ImportedTalk | UnreadableTalk] = []
    for i, day in enumerate(days):
        where = f"schedule.conference.days[{i}]"
        rooms = day.get("rooms") if isinstance(day, dict) else None
        if not isinstance(rooms, dict):
            raise InvalidInput.single(
                f"{where}.rooms", "must be an object of room names to lists of talks"
            )
        for room_name, items in rooms.items():
            room_path = f"{where}.rooms[{json.dumps(room_name, ensure_ascii=False)}]"
            if not isinstance(items, list):
                raise InvalidInput.single(room_path, "must be a list of talks")
            _too_many(len(talks) + len(items))
            for k, item in enumerate(items):
                talk = _Talk(f"{room_path}[{k}]", False, zone_name, ours)
                if not isinstance(item, dict):
                    talk.errors.append(FieldError(talk.path, "must be an object (a talk)"))
                    talks.append(UnreadableTalk(None, None, tuple(talk.errors), talk.path))
                    continue
                talks.append(_json_talk(talk, item, room_name, online_rooms, acronym, notes))
    title = _str_or_none(conference.get("title"))
    return _schedule("json", generator, acronym, title, zone_name, talks, notes)


def _json_talk(
    talk: _Talk,
    item: Mapping[str, Any],
    room_name: str,
    online_rooms: set[Any],
    acronym: str | None,
    notes: list[str],
) -> ImportedTalk | UnreadableTalk:
    guid = _guid(talk, item.get("guid"), item.get("id"), acronym, "guid")
    title = talk.text("title", item.get("title"), limit=TITLE_MAX, required=True)
    start = talk.instant("date", item.get("date"))
    end, end_field = _end(talk, start, item.get("end"), item.get("duration"))
    room_value = item.get("room") if item.get("room") not in (None, "") else room_name
    room = talk.text("room", room_value, limit=ROOM_MAX)
    if talk.ours and room_value in online_rooms:
        room = None  # a room our writer made up for an online-only session
    track = talk.text("track", item.get("track"), limit=TRACK_MAX)
    description, plan_text, description_field = _description(
        talk, item.get("abstract"), item.get("description")
    )
    persons_value = item.get("persons") or []
    names: list[tuple[str, Any]] = []
    if not isinstance(persons_value, list):
        talk.fail("persons", "must be a list", persons_value)
    else:
        for j, person in enumerate(persons_value):
            if isinstance(person, dict):
                name = person.get("name") or person.get("public_name")
                names.append((f"persons[{j}].name", name))
            else:
                names.append((f"persons[{j}]", person))
    persons = _persons(talk, names)
    return _finish(
        talk,
        guid=guid,
        title=title,
        start=start,
        end=end,
        end_field=end_field,
        room=room,
        track=track,
        description=description,
        description_field=description_field,
        plan_text=plan_text,
        persons=persons,
        notes=notes,
    )


# ---------------------------------------------------------------------------
# XML
# ---------------------------------------------------------------------------


def _read_xml(body: bytes) -> ImportedSchedule:
    try:
        root = SafeET.fromstring(body, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except defusedxml.DTDForbidden:
        raise InvalidInput.single(
            "body", "XML with a document type declaration (<!DOCTYPE>) is refused"
        ) from None
    except defusedxml.EntitiesForbidden:
        raise InvalidInput.single(
            "body", "XML with entity declarations (<!ENTITY>) is refused"
        ) from None
    except defusedxml.DefusedXmlException as exc:
        raise InvalidInput.single("body", f"XML refused: {exc}") from None
    except ET.ParseError as exc:
        raise MalformedSchedule(f"The body is not well-formed XML: {exc}.") from None
    if _local(root.tag) != "schedule":
        raise InvalidInput.single(
            "schedule", f"the root element must be <schedule>, not <{_local(root.tag)}>"
        )
    conference = _child(root, "conference")
    if conference is None:
        raise InvalidInput.single("schedule/conference", "is required: the <conference> element")
    generator_element = _child(root, "generator")
    generator = (
        _str_or_none(generator_element.get("name")) if generator_element is not None else None
    )
    acronym = _str_or_none(_child_text(conference, "acronym"))
    zone_name = _str_or_none(_child_text(conference, "time_zone_name"))
    ours = generator == GENERATOR
    notes: list[str] = []
    talks: list[ImportedTalk | UnreadableTalk] = []
    for i, day in enumerate(_children(root, "day"), start=1):
        for j, room in enumerate(_children(day, "room"), start=1):
            events = list(_children(room, "event"))
            _too_many(len(talks) + len(events))
            for k, element in enumerate(events, start=1):
                talk = _Talk(f"schedule/day[{i}]/room[{j}]/event[{k}]", True, zone_name, ours)
                talks.append(_xml_talk(talk, element, room.get("name"), acronym, notes))
    title = _str_or_none(_child_text(conference, "title"))
    return _schedule("xml", generator, acronym, title, zone_name, talks, notes)


def _xml_talk(
    talk: _Talk,
    element: ET.Element,
    room_name: str | None,
    acronym: str | None,
    notes: list[str],
) -> ImportedTalk | UnreadableTalk:
    guid = _guid(talk, element.get("guid"), element.get("id"), acronym, "@guid")
    title = talk.text("title", _child_text(element, "title"), limit=TITLE_MAX, required=True)
    start = talk.instant("date", _child_text(element, "date"))
    end, end_field = _end(
        talk, start, _child_text(element, "end"), _child_text(element, "duration")
    )
    room_value = _child_text(element, "room") or room_name
    room = talk.text("room", room_value, limit=ROOM_MAX)
    track = talk.text("track", _child_text(element, "track"), limit=TRACK_MAX)
    description, plan_text, description_field = _description(
        talk, _child_text(element, "abstract"), _child_text(element, "description")
    )
    persons_element = _child(element, "persons")
    names: list[tuple[str, Any]] = []
    if persons_element is not None:
        for j, person in enumerate(_children(persons_element, "person"), start=1):
            names.append((f"persons/person[{j}]", "".join(person.itertext())))
    persons = _persons(talk, names)
    return _finish(
        talk,
        guid=guid,
        title=title,
        start=start,
        end=end,
        end_field=end_field,
        room=room,
        track=track,
        description=description,
        description_field=description_field,
        plan_text=plan_text,
        persons=persons,
        notes=notes,
    )


def _local(tag: Any) -> str:
    """A tag without its namespace (`{ns}day` → `day`)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(parent: ET.Element, name: str) -> Iterator[ET.Element]:
    return (child for child in parent if _local(child.tag) == name)


def _child(parent: ET.Element, name: str) -> ET.Element | None:
    return next(_children(parent, name), None)


def _child_text(parent: ET.Element, name: str) -> str | None:
    child = _child(parent, name)
    return None if child is None else "".join(child.itertext())


# ---------------------------------------------------------------------------
# Our own segment plans, read back from the text the writer prints
# ---------------------------------------------------------------------------

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


__all__ = [
    "GENERATOR",
    "MAX_TALKS",
    "ImportedPerson",
    "ImportedSchedule",
    "ImportedSegment",
    "ImportedTalk",
    "MalformedSchedule",
    "UnreadableTalk",
    "match_tracks",
    "read_plan",
    "read_schedule",
]
