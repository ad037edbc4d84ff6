"""Shapes shared by every resource."""

from __future__ import annotations

from typing import Annotated, Any, Generic, TypeVar

import msgspec

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
        max_length=64,
        description="An IANA time zone name, case-sensitive (Asia/Riyadh, UTC, US/Eastern)",
        examples=["Asia/Riyadh"],
    ),
]
Slug = Annotated[
    str,
    msgspec.Meta(
        min_length=1,
        max_length=64,
        pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$",
        description="Lower-case letters, digits and single hyphens",
        examples=["igf-2024"],
    ),
]
# PostgreSQL cannot store NUL in text and nobody means to send one: refused on every database.
NO_NUL = r"^[^\x00]*$"
Title = Annotated[str, msgspec.Meta(min_length=1, max_length=200, pattern=NO_NUL)]
Text = Annotated[str, msgspec.Meta(max_length=20_000, pattern=NO_NUL)]


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
