"""The connection pool as operators see it: connections in use, and how many there may be."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine


def observe_pool(engine: AsyncEngine, in_use: Callable[[int], None]) -> None:
    """Call `in_use(+1)` when a connection leaves the pool and `in_use(-1)` when it returns."""
    pool = engine.sync_engine.pool
    event.listen(pool, "checkout", lambda *_: in_use(1))
    event.listen(pool, "checkin", lambda *_: in_use(-1))


def pool_capacity(engine: AsyncEngine) -> int:
    """The most connections this process's pool opens (its size plus its overflow)."""
    pool = engine.sync_engine.pool
    size = getattr(pool, "size", None)
    overflow = getattr(pool, "_max_overflow", 0)
    return (size() if callable(size) else 1) + max(int(overflow), 0)
