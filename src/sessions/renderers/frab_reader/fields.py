"""Reading one talk's fields, shared by the JSON and the XML reader.

Each reader finds a talk's values in its own format and hands them to
`TalkFields`, which checks and converts them and collects every error with
the field's place in the file; `finish_talk` turns the result into an
`ImportedTalk` (with our own plan read back) or an `UnreadableTalk`.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sessions.domain.clock import resolve_wall
from sessions.domain.errors import FieldError, InvalidInput
from sessions.domain.hybrid import Material, language_tag
from sessions.domain.limits import DESCRIPTION_MAX, MAX_MATERIALS, NAME_MAX
from sessions.domain.zones import get_zone, is_zone
from sessions.renderers.frab_reader.values import (
    GUID_MAX,
    MAX_TALKS,
    ImportedPerson,
    ImportedSchedule,
    ImportedTalk,
    UnreadableTalk,
)
from sessions.renderers.plan_text import ImportedSegment, read_plan

# Derived GUIDs for talks that only have the deprecated integer id (old frab exports).
_NAMESPACE = uuid.UUID("8f0d3c52-1e4b-5a7c-9d2e-6b1f0a3c4d5e")
_DURATION_RE = re.compile(r"^(\d{1,4}):([0-5]\d)(?::([0-5]\d))?$")


@dataclass
class TalkFields:
    """What one talk's fields say, collected with the errors of reading them."""

    path: str
    xml: bool
    zone_name: str | None
    ours: bool
    # Our exports' combined tracks ("Hybrid"): name -> the member tracks' names, comma-separated.
    combined: Mapping[str, str] = field(default_factory=dict)
    errors: list[FieldError] = field(default_factory=list)

    def at(self, name: str) -> str:
        return f"{self.path}{'/' if self.xml else '.'}{name}"

    def fail(self, name: str, message: str, value: Any = None) -> None:
        self.errors.append(FieldError(self.at(name), message, shown(value)))

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


def shown(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float):
        return value
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 200 else text[:199] + "…"


def read_guid(
    talk: TalkFields, guid: Any, number: Any, acronym: str | None, name: str
) -> str | None:
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


def read_end(
    talk: TalkFields,
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


def read_description(
    talk: TalkFields, abstract: Any, description: Any
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


def read_persons(talk: TalkFields, names: Iterable[tuple[str, Any]]) -> tuple[ImportedPerson, ...]:
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


def finish_talk(
    talk: TalkFields,
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
    language: Any = None,
    materials: Iterable[Material | None] = (),
) -> ImportedTalk | UnreadableTalk:
    if talk.errors or guid is None or title is None or start is None or end is None:
        return UnreadableTalk(guid, title, tuple(talk.errors), talk.path)
    segments: tuple[ImportedSegment, ...] | None = None
    if talk.ours:
        if track is not None and track in talk.combined:
            track = talk.combined[track]  # "Hybrid" is our name for "In person, Online"
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
        language=language_tag(language) if isinstance(language, str) else None,
        materials=tuple(dict.fromkeys(m for m in materials if m is not None))[:MAX_MATERIALS],
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


def make_schedule(
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


def check_count(count: int) -> None:
    if count > MAX_TALKS:
        raise InvalidInput.single(
            "schedule", f"at most {MAX_TALKS} talks can be imported at once", count
        )


def str_or_none(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


__all__ = [
    "TalkFields",
    "check_count",
    "finish_talk",
    "make_schedule",
    "read_description",
    "read_end",
    "read_guid",
    "read_persons",
    "shown",
    "str_or_none",
]
