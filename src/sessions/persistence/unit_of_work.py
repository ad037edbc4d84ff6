"""One database session and one transaction per use case, and the repositories that share it.

A request (or a CLI command, or one step of a background job) opens one unit of
work; every service it calls reads and writes through it; it commits once at the
end, or rolls back when anything raised. Work that must follow the commit (telling
other processes and live streams about a change) is queued with `after_commit`, so
a rolled-back change is never announced.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from functools import cached_property
from types import TracebackType
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from sessions.persistence.database import DbSession, make_sessionmaker
from sessions.persistence.repositories.accounts import AccountRepository
from sessions.persistence.repositories.audience import AudienceRepository
from sessions.persistence.repositories.events import EventRepository
from sessions.persistence.repositories.live import TrackLiveRepository
from sessions.persistence.repositories.members import MemberRepository
from sessions.persistence.repositories.meta import MetaRepository
from sessions.persistence.repositories.outbox import OutboxRepository
from sessions.persistence.repositories.personal_data import PersonalDataRepository
from sessions.persistence.repositories.registrations import RegistrationRepository
from sessions.persistence.repositories.sessions import SessionRepository
from sessions.persistence.repositories.tracks import TrackRepository

AfterCommit = Callable[[], Awaitable[None]]


class UnitOfWork:
    def __init__(self, maker: async_sessionmaker[DbSession]) -> None:
        self._maker = maker
        self._db_session: DbSession | None = None
        self._after_commit: list[AfterCommit] = []
        # Facts worth reading once per unit of work (a viewer's role in an event).
        self.memo: dict[Any, Any] = {}

    @property
    def db_session(self) -> DbSession:
        """Opened on first use: a request answered from a cache never touches the database."""
        if self._db_session is None:
            self._db_session = self._maker()
        return self._db_session

    @cached_property
    def events(self) -> EventRepository:
        return EventRepository(self.db_session)

    @cached_property
    def sessions(self) -> SessionRepository:
        return SessionRepository(self.db_session)

    @cached_property
    def live(self) -> TrackLiveRepository:
        return TrackLiveRepository(self.db_session)

    @cached_property
    def tracks(self) -> TrackRepository:
        return TrackRepository(self.db_session)

    @cached_property
    def accounts(self) -> AccountRepository:
        return AccountRepository(self.db_session)

    @cached_property
    def members(self) -> MemberRepository:
        return MemberRepository(self.db_session)

    @cached_property
    def meta(self) -> MetaRepository:
        return MetaRepository(self.db_session)

    @cached_property
    def registrations(self) -> RegistrationRepository:
        return RegistrationRepository(self.db_session)

    @cached_property
    def outbox(self) -> OutboxRepository:
        return OutboxRepository(self.db_session)

    @cached_property
    def audience(self) -> AudienceRepository:
        return AudienceRepository(self.db_session)

    @cached_property
    def personal_data(self) -> PersonalDataRepository:
        return PersonalDataRepository(self.db_session)

    def after_commit(self, callback: AfterCommit) -> None:
        self._after_commit.append(callback)

    async def begin_write(self) -> None:
        """Take the write lock now, for a long write made of savepoints (an import).

        pysqlite begins a transaction only at the first write statement, and a
        savepoint released outside a transaction would commit on its own.
        PostgreSQL needs nothing here: its transaction began with the first query.
        """
        conn = await self.db_session.connection()
        if conn.dialect.name == "sqlite":
            raw = await conn.get_raw_connection()
            if not raw.driver_connection.in_transaction:  # type: ignore[union-attr]
                await conn.exec_driver_sql("BEGIN IMMEDIATE")

    @asynccontextmanager
    async def savepoint(self) -> AsyncIterator[None]:
        """A part that rolls back alone when it raises (one talk of an import)."""
        async with self.db_session.begin_nested():
            yield

    async def flush(self) -> None:
        if self._db_session is not None:
            await self._db_session.flush()

    async def commit(self) -> None:
        if self._db_session is not None:
            await self._db_session.commit()
        callbacks, self._after_commit = self._after_commit, []
        for callback in callbacks:
            await callback()

    async def rollback(self) -> None:
        self._after_commit.clear()
        self.memo.clear()
        if self._db_session is not None:
            await self._db_session.rollback()

    async def close(self) -> None:
        if self._db_session is not None:
            await self._db_session.close()
            self._db_session = None

    async def __aenter__(self) -> UnitOfWork:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if exc_type is None:
                await self.commit()
            else:
                await self.rollback()
        finally:
            await self.close()


class Database:
    """Hands out units of work on one engine."""

    def __init__(self, maker: async_sessionmaker[DbSession]) -> None:
        self.maker = maker

    @classmethod
    def from_engine(cls, engine: AsyncEngine) -> Database:
        return cls(make_sessionmaker(engine))

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self.maker)

    async def ping(self) -> None:
        """One round trip, for the readiness check."""
        async with self.unit_of_work() as uow:
            await uow.db_session.execute(text("SELECT 1"))
