"""Shapes shared by every resource."""

from __future__ import annotations

from typing import Annotated, Any, Generic, TypeVar

import msgspec

from sessions.domain import limits

T = TypeVar("T")

# Time rule 4: every time carries its offset, seconds always, UTC as +00:00.
Instant = Annotated[
    str,
    msgspec.Meta(
        description="A time with its UTC offset: YYYY-MM-DDTHH:MM:SS±HH:MM",
        examples=["2024-12-18T15:45:00+03:00"],
        extra_json_schema={"format": "date-time"},
    ),
]
# What organisers write: wall-clock time in the event's zone, or an instant with an offset.
WallClock = Annotated[
    str,
    msgspec.Meta(
        max_length=32,
        description=(
            "Wall-clock time in the event's zone (2024-12-18T15:45). A time skipped by a "
            "clock change is refused; one that happens twice needs an offset to pick it "
            "(2025-11-02T01:30-05:00). A time with an offset is taken as that instant."
        ),
        examples=["2024-12-18T15:45"],
    ),
]
ZoneName = Annotated[
    str,
    msgspec.Meta(
        max_length=limits.ZONE_MAX,
        description="An IANA time zone name, case-sensitive (Asia/Riyadh, UTC, US/Eastern)",
        examples=["Asia/Riyadh"],
    ),
]
Slug = Annotated[
    str,
    msgspec.Meta(
        min_length=1,
        max_length=limits.SLUG_MAX,
        pattern=limits.SLUG_PATTERN,
        description="Lower-case letters, digits and single hyphens",
        examples=["igf-2024"],
    ),
]
# Single-line text goes into calendar property lines and mail headers: no control characters.
_LINE = limits.SINGLE_LINE_PATTERN
Title = Annotated[str, msgspec.Meta(min_length=1, max_length=limits.TITLE_MAX, pattern=_LINE)]
Name = Annotated[str, msgspec.Meta(min_length=1, max_length=limits.NAME_MAX, pattern=_LINE)]
Room = Annotated[str, msgspec.Meta(max_length=limits.ROOM_MAX, pattern=_LINE)]
Venue = Annotated[str, msgspec.Meta(max_length=limits.VENUE_MAX, pattern=_LINE)]
Location = Annotated[str, msgspec.Meta(max_length=limits.LOCATION_MAX, pattern=_LINE)]
Url = Annotated[
    str,
    msgspec.Meta(
        max_length=limits.URL_MAX,
        pattern=_LINE,
        description="An http(s) URL",
        examples=["https://meet.example.org/igf"],
    ),
]
Email = Annotated[
    str,
    msgspec.Meta(
        min_length=3,
        max_length=limits.EMAIL_MAX,
        pattern=_LINE,
        description="An email address",
        examples=["ana@example.org"],
    ),
]
# Multi-line text keeps tabs and line breaks, nothing else below U+0020.
Text = Annotated[
    str, msgspec.Meta(max_length=limits.DESCRIPTION_MAX, pattern=limits.MULTI_LINE_PATTERN)
]
Notes = Annotated[
    str,
    msgspec.Meta(
        max_length=limits.NOTES_MAX,
        pattern=limits.MULTI_LINE_PATTERN,
        description="Facilitator notes; never public",
    ),
]


class FieldProblem(msgspec.Struct):
    field: str = msgspec.field(name="field")
    message: str
    value: Any = None


class Problem(msgspec.Struct, omit_defaults=True):
    """RFC 9457 problem details, with a list of the fields at fault."""

    type: str
    title: str
    status: int
    detail: str
    instance: str | None = None
    errors: list[FieldProblem] = msgspec.field(default_factory=list)


class Page(msgspec.Struct, Generic[T]):
    items: list[T]
    total: int


class Links(msgspec.Struct, omit_defaults=True):
    self: str
    agenda: str | None = None
    ics: str | None = None
    webcal: str | None = None
