"""Parameters every resource shares: conditional-write headers and paging."""

from __future__ import annotations

from typing import Annotated

from litestar.params import HeaderParameter, Parameter
from msgspec import UNSET, structs

IfMatch = Annotated[
    str | None,
    HeaderParameter(name="If-Match", required=False, description="The ETag you last read"),
]
Limit = Annotated[int, Parameter(ge=1, le=500, description="Page size")]
# Bounded: databases refuse OFFSETs beyond 64 bits, and nobody pages that far.
Offset = Annotated[int, Parameter(ge=0, le=1_000_000, description="Items to skip")]

# One letter per kind of resource, so an event's ETag never matches a session's.
EVENT, TRACK, SESSION, REGISTRATION = "e", "t", "s", "r"


def etag(kind: str, version: int) -> str:
    return f'"{kind}{version}"'


def expected_version(if_match: str | None, kind: str) -> int | None:
    """The version an `If-Match` names, parsed once at the edge: None means "any" (absent or `*`).

    A header naming no version of this kind of resource can never match: it names version 0,
    which nothing has, so the service refuses it (412) after its lookups and access checks.
    """
    if if_match is None:
        return None
    tags = [tag.strip().removeprefix("W/") for tag in if_match.split(",")]
    if "*" in tags:
        return None
    for tag in tags:
        inner = tag.removeprefix('"').removesuffix('"')
        if len(tag) >= 3 and tag.startswith('"') and tag.endswith('"') and inner[:1] == kind:
            digits = inner[1:]
            if digits.isascii() and digits.isdigit() and len(digits) <= 18:
                return int(digits)
    return 0


def set_fields(struct: object) -> dict:
    """The fields a PATCH body actually names (msgspec's UNSET marks the others)."""
    return {k: v for k, v in structs.asdict(struct).items() if v is not UNSET}  # type: ignore[arg-type]
