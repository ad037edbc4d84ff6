"""Which countries use each zone, and the abbreviations it goes by: what people type to find it.

Countries come from the pinned tzdata's `zone.tab` (ISO 3166 codes; the web app names them in
the viewer's language): one row per country and zone, so Germany finds Berlin. (`zone1970.tab`
merges zones that have agreed since 1970 and would send Germany to Zurich.) Abbreviations are the ones the zone itself uses at the
instants the caller passes ("EST" and "EDT" for New York); numeric ones ("+03") say nothing a
search by offset does not, so they are left out.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from importlib import resources

from sessions.domain.zones import get_zone

_LETTERS = re.compile(r"^[A-Za-z]{2,6}$")


@dataclass(frozen=True, slots=True)
class ZoneEntry:
    zone: str
    countries: tuple[str, ...]
    abbreviations: tuple[str, ...]
    principal: bool
    """The first zone zone.tab lists for one of its countries (New York for the US): searches
    that match many zones (EST) put these first."""


def _rows() -> Iterable[tuple[str, str]]:
    """(country, zone) from zone.tab; comment lines skipped."""
    text = resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        yield fields[0], fields[2]


@functools.cache
def zone_countries() -> dict[str, tuple[str, ...]]:
    """Every zone zone.tab lists, with the countries that use it, sorted."""
    found: dict[str, set[str]] = {}
    for code, zone in _rows():
        found.setdefault(zone, set()).add(code)
    return {zone: tuple(sorted(codes)) for zone, codes in sorted(found.items())}


def abbreviations(zone: str, instants: Iterable[datetime]) -> tuple[str, ...]:
    """The lettered abbreviations `zone` uses at these (aware) instants, in first-seen order."""
    tz = get_zone(zone)
    seen: dict[str, None] = {}
    for instant in instants:
        name = instant.astimezone(tz).tzname()
        if name and _LETTERS.match(name):
            seen.setdefault(name, None)
    return tuple(seen)


@functools.cache
def principal_zones() -> frozenset[str]:
    first: dict[str, str] = {}
    for code, zone in _rows():
        first.setdefault(code, zone)
    return frozenset(first.values())


def zone_directory(instants: Iterable[datetime]) -> list[ZoneEntry]:
    """Every listed zone with its countries and its abbreviations at `instants`."""
    at = list(instants)
    principal = principal_zones()
    return [
        ZoneEntry(zone, codes, abbreviations(zone, at), zone in principal)
        for zone, codes in zone_countries().items()
    ]
