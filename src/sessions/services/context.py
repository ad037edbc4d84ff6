"""What every use case needs: a unit of work, the change bus, the clock and the caches."""

from __future__ import annotations

from collections.abc import Callable, Hashable, MutableMapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import partial
from typing import Any

from sessions.domain.links import LOCAL_BASE_URL, PublicLinks
from sessions.persistence.unit_of_work import Database, UnitOfWork
from sessions.services.cache import LRU
from sessions.services.changes import Change, ChangeBus
from sessions.services.directory import EventDirectory
from sessions.services.telemetry import Telemetry


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
    """Process-wide: shared by every request (one per app process or CLI run)."""

    database: Database
    changes: ChangeBus = field(default_factory=ChangeBus)
    clock: Callable[[], datetime] = utc_now
    # Rendered outputs keyed by event version, and per-session calendar components.
    outputs: MutableMapping[Hashable, Any] = field(default_factory=lambda: LRU(512))
    components: MutableMapping[Hashable, Any] = field(default_factory=lambda: LRU(50_000))
    directory: EventDirectory = field(default_factory=EventDirectory)
    # None: no SMTP configured, so no invites are queued.
    mail: MailSettings | None = None
    # Links made outside a request; the HTTP layer gives each service its request's links.
    base_url: str = LOCAL_BASE_URL
    # Counters for operators (http/metrics.py fills it in when metrics are on).
    telemetry: Telemetry = field(default_factory=Telemetry)

    def __post_init__(self) -> None:
        self.changes.subscribe(self.directory.on_change)

    def unit_of_work(self) -> UnitOfWork:
        return self.database.unit_of_work()


class Service:
    """A use-case holder: the process's context and the caller's unit of work."""

    def __init__(self, ctx: ServiceContext, uow: UnitOfWork) -> None:
        self.ctx = ctx
        self.uow = uow
        # An import announces once for the whole file, not once per session.
        self.announcing = True
        # The site's links as this caller reaches it (the public URL, else the request's
        # origin): pages, feeds and the links in mails queued on its behalf.
        self.links = PublicLinks(ctx.base_url)

    @property
    def mail(self) -> MailSettings | None:
        """Mail settings with this caller's links (None: no SMTP, no invites)."""
        if self.ctx.mail is None:
            return None
        return replace(self.ctx.mail, base_url=self.links.base_url)

    def announce(self, change: Change) -> None:
        """Tell listeners, once the unit of work has committed (never a rolled-back change)."""
        if self.announcing:
            self.uow.after_commit(partial(self.ctx.changes.publish, change))
