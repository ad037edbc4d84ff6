"""The zone directory: countries and abbreviations per zone, so "Saudi" or "EST" finds a zone."""

from __future__ import annotations

import functools
from datetime import UTC, datetime

from litestar import Controller, Request, Response, get

from sessions.domain.zone_directory import zone_directory
from sessions.domain.zones import tzdata_version
from sessions.http.conditional import tagged
from sessions.http.schemas.zones import ZoneOut, ZonesOut
from sessions.services.context import utc_now


def _months_ahead(now: datetime, count: int = 24) -> list[datetime]:
    """The 15th of each of the next `count` months: every abbreviation a zone will show soon."""
    return [
        datetime(now.year + (now.month - 1 + i) // 12, (now.month - 1 + i) % 12 + 1, 15, tzinfo=UTC)
        for i in range(count)
    ]


@functools.lru_cache(maxsize=2)
def _directory(version: str, year: int, month: int) -> ZonesOut:
    """The whole directory for a month (418 zones x 24 instants): built once, not per request."""
    start = datetime(year, month, 15, tzinfo=UTC)
    return ZonesOut(
        version,
        [
            ZoneOut(e.zone, list(e.countries), list(e.abbreviations), e.principal)
            for e in zone_directory(_months_ahead(start))
        ],
    )


class ZoneController(Controller):
    path = "/api/v1/zones"
    tags = ["zones"]

    @get("/", summary="Every zone with its countries and abbreviations (for searching zones)")
    async def zones(self, request: Request) -> Response[ZonesOut]:
        now = utc_now()
        version = tzdata_version()
        body = _directory(version, now.year, now.month)
        # The same for everyone until tzdata or the month changes: let browsers and proxies keep it.
        return tagged(
            request,
            body,
            f'"{version}-{now:%Y-%m}"',
            cache="public, max-age=86400",
            compressible=True,
        )
