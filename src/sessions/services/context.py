"""What every use case needs: the database, the change bus, and the clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import async_sessionmaker

from sessions.persistence.database import DbSession
from sessions.services.changes import ChangeBus


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


@dataclass
class ServiceContext:
    db: async_sessionmaker[DbSession]
    changes: ChangeBus = field(default_factory=ChangeBus)
    clock: Callable[[], datetime] = utc_now
