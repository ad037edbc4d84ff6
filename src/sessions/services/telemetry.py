"""What the use cases report for operators: a hook the HTTP layer fills with metrics.

Services must not know how numbers are exported; they call these methods, which do
nothing unless the app replaced the hook (http/metrics.py, when SESSIONS_METRICS=1).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, MutableMapping
from typing import Any


class Telemetry:
    """The no-op default: every call costs one method lookup and nothing else."""

    def cache(self, output: str, hit: bool) -> None:
        """A read of a rendered output (agenda, event.ics, feed.ics, ...) from the cache."""

    def delivery(self, channel: str, outcome: str) -> None:
        """One delivery attempt of the outbox: channel mail (webhooks later), outcome
        sent | deferred (will be retried) | failed (given up on)."""

    def stream_opened(self) -> None:
        """A live stream (server-sent events) began."""

    def stream_closed(self) -> None:
        """A live stream ended."""

    def fanned_out(self, count: int = 1) -> None:
        """Live messages written to a listener's stream."""


def output_name(key: Hashable) -> str:
    """The output a cache key belongs to: its first part (and the schedule's format)."""
    if isinstance(key, tuple) and key:
        if key[0] == "schedule" and len(key) > 1:
            return f"schedule.{key[1]}"
        return str(key[0])
    return "other"


class ObservedCache(MutableMapping[Hashable, Any]):
    """A cache of rendered outputs that tells the telemetry each hit and miss."""

    def __init__(self, inner: MutableMapping[Hashable, Any], telemetry: Telemetry) -> None:
        self.inner = inner
        self.telemetry = telemetry

    def get(self, key: Hashable, default: Any = None) -> Any:
        value = self.inner.get(key, _MISSING)
        self.telemetry.cache(output_name(key), value is not _MISSING)
        return default if value is _MISSING else value

    def __getitem__(self, key: Hashable) -> Any:
        return self.inner[key]

    def __setitem__(self, key: Hashable, value: Any) -> None:
        self.inner[key] = value

    def __delitem__(self, key: Hashable) -> None:
        del self.inner[key]

    def __iter__(self) -> Iterator[Hashable]:
        return iter(self.inner)

    def __len__(self) -> int:
        return len(self.inner)


_MISSING = object()

__all__ = ["ObservedCache", "Telemetry", "output_name"]
