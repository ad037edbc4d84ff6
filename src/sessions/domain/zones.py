"""IANA zones, read only from the pinned tzdata package (time rule 1).

Python's zoneinfo prefers the operating system's files; we empty its search
path once, here, so that every machine resolves every zone from the same data.
Zones are pendulum `Timezone`s: zoneinfo objects that can also tell a
wall-clock time in a spring-forward gap from one that exists.
"""

from __future__ import annotations

import functools
import zoneinfo
from importlib.metadata import version

import pendulum

zoneinfo.reset_tzpath(to=())

Zone = pendulum.Timezone
UTC: Zone = pendulum.timezone("UTC")  # type: ignore[assignment]


@functools.cache
def zone_names() -> frozenset[str]:
    """Every name (zones and links) the pinned tzdata knows, case-sensitive."""
    return frozenset(zoneinfo.available_timezones())


def tzdata_version() -> str:
    return version("tzdata")


class UnknownZone(ValueError):
    def __init__(self, name: object) -> None:
        super().__init__(
            f"{name!r} is not an IANA time zone name (such as 'Asia/Riyadh' or 'UTC'); "
            "names are case-sensitive, and fixed offsets such as '+03:00' are not zones"
        )
        self.name = name


def get_zone(name: str) -> Zone:
    """The zone called `name`, or UnknownZone. Never falls back to the OS or to UTC.

    Checked before the cache, so that any value (even an unhashable one, such
    as a JSON list) is an UnknownZone rather than a TypeError.
    """
    if not isinstance(name, str) or name not in zone_names():
        raise UnknownZone(name)
    return _load_zone(name)


@functools.lru_cache(maxsize=1024)
def _load_zone(name: str) -> Zone:
    return pendulum.timezone(name)  # type: ignore[return-value]


def is_zone(name: object) -> bool:
    return isinstance(name, str) and name in zone_names()
