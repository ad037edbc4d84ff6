"""What the frab reader gives back: talks, the schedule, and the errors of reading them.

Plain values: aware datetimes, strings and tuples; no database, no framework.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sessions.domain.errors import DomainError, FieldError
from sessions.domain.hybrid import Material
from sessions.domain.limits import GUID_MAX, MAX_SESSIONS_PER_EVENT
from sessions.renderers.plan_text import ImportedSegment

GENERATOR = "sessions"  # what our own writer puts in `generator.name`
# A schedule can hold no more talks than an event holds sessions.
MAX_TALKS = MAX_SESSIONS_PER_EVENT
TRACK_MAX = 1_200  # a track name, or our writer's comma-separated list of them


class MalformedSchedule(DomainError):
    """Not JSON, not XML, or not well-formed (HTTP 400)."""

    title = "Malformed request"


@dataclass(frozen=True, slots=True)
class ImportedPerson:
    name: str


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
    language: str | None = None  # a BCP 47 tag in conventional case, when well-formed
    materials: tuple[Material, ...] = ()  # from `links` and `attachments`

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


def match_tracks(text: str, tracks: Sequence[tuple[str, str]]) -> tuple[str, ...] | None:
    """Track slugs for the names (or slugs) a file gives, or None when any is unknown.

    `tracks` is the event's (slug, name) pairs. The whole text is tried first,
    then a comma-separated list ("In person, Online": what the reader gives
    for our combined tracks such as "Hybrid", and what older exports wrote).
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


__all__ = [
    "GENERATOR",
    "GUID_MAX",
    "MAX_TALKS",
    "TRACK_MAX",
    "ImportedPerson",
    "ImportedSchedule",
    "ImportedTalk",
    "MalformedSchedule",
    "UnreadableTalk",
    "match_tracks",
]
