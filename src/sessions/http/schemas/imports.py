"""What a schedule import answers."""

from __future__ import annotations

import uuid
from typing import Any, Literal

import msgspec


class ImportedSessionOut(msgspec.Struct):
    guid: str = msgspec.field(name="guid")
    title: str
    outcome: Literal["created", "updated", "unchanged"]
    id: uuid.UUID  # the session's id in this event
    changes: list[str]  # what an update changed (title, start, end, room, people, segments, ...)


class RefusedTalkOut(msgspec.Struct):
    guid: str | None
    title: str | None
    field: str = msgspec.field(
        name="field"
    )  # the place in the file, e.g. ...rooms["Saal 1"][0].date
    message: str
    value: Any = None


class ImportReportOut(msgspec.Struct):
    event: str
    format: Literal["json", "xml"]
    generator: str | None  # the schedule's generator (pretalx, frab, sessions, ...)
    created: int
    updated: int
    unchanged: int
    refused: list[RefusedTalkOut]  # one entry per reason; a talk may have several
    notes: list[str]  # what was imported differently from the file (unknown tracks, ...)
    sessions: list[ImportedSessionOut]  # every talk that was imported, in file order
