"""What every use case needs: the database, the change bus, and the clock."""

from __future__ import annotations

from collections.abc import Callable, Hashable, MutableMapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import async_sessionmaker

from sessions.persistence.database import DbSession
from sessions.services.cache import LRU
from sessions.services.changes import ChangeBus
from sessions.services.directory import EventDirectory


@dataclass(frozen=True, slots=True)
class MailSettings:
    """Invites by email are on (SMTP configured): who sends them, and the links they carry."""

    sender: str
    organiser_email: str
    organiser_name: str | None
    host: str
    base_url: str


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


@dataclass
class ServiceContext:
    db: async_sessionmaker[DbSession]
    changes: ChangeBus = field(default_factory=ChangeBus)
    clock: Callable[[], datetime] = utc_now
    # Rendered outputs keyed by event version, and per-session calendar components.
    outputs: MutableMapping[Hashable, Any] = field(default_factory=lambda: LRU(512))
    components: MutableMapping[Hashable, Any] = field(default_factory=lambda: LRU(50_000))
    directory: EventDirectory = field(default_factory=EventDirectory)
    # None: no SMTP configured, so no invites are queued.
    mail: MailSettings | None = None

    def __post_init__(self) -> None:
        self.changes.subscribe(self.directory.on_change)
