"""Parameters every resource shares: conditional-write headers and paging."""

from __future__ import annotations

from typing import Annotated

from litestar.params import HeaderParameter, Parameter
from msgspec import UNSET, structs

from sessions.services.versions import Expected

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


# Named by an If-Match that names no version of the resource: versions start at 1, so it
# never matches, and the service answers 412 after its access checks (401/403/404 first).
NO_VERSION = 0


def expected_version(if_match: str | None, kind: str) -> Expected:
    """The version(s) an `If-Match` names, parsed once at the edge: None means "any" (absent
    or `*`); several tags match when any of them does (RFC 9110).

    A header naming no version of this kind of resource can never match: `NO_VERSION`, which
    the service refuses (412) after its lookups and access checks.
    """
    if if_match is None:
        return None
    tags = [tag.strip().removeprefix("W/") for tag in if_match.split(",")]
    if "*" in tags:
        return None
    versions: set[int] = set()
    for tag in tags:
        inner = tag.removeprefix('"').removesuffix('"')
        if len(tag) >= 3 and tag.startswith('"') and tag.endswith('"') and inner[:1] == kind:
            digits = inner[1:]
            if digits.isascii() and digits.isdigit() and len(digits) <= 18:
                versions.add(int(digits))
    if not versions:
        return NO_VERSION
    return versions.pop() if len(versions) == 1 else frozenset(versions)


def set_fields(struct: object) -> dict:
    """The fields a PATCH body actually names (msgspec's UNSET marks the others)."""
    return {k: v for k, v in structs.asdict(struct).items() if v is not UNSET}  # type: ignore[arg-type]
