"""The zone directory: what the web app's zone picker searches besides zone names."""

from __future__ import annotations

import msgspec


class ZoneOut(msgspec.Struct):
    zone: str
    countries: list[str]
    """ISO 3166 codes of the countries using the zone (the web app names them in the viewer's language)."""
    abbreviations: list[str]
    """Lettered abbreviations in use over the coming two years, e.g. EST and EDT; none for "+03" zones."""
    principal: bool
    """The first zone tzdata lists for one of its countries (New York for the US)."""


class ZonesOut(msgspec.Struct):
    tzdata: str
    zones: list[ZoneOut]
