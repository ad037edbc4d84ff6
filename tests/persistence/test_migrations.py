"""The migrations themselves, the SQLite engine's settings, and re-deriving instants.

Every migration test gets an empty database of its own: a fresh SQLite file,
and, when SESSIONS_TEST_POSTGRES_URL is set, a fresh PostgreSQL database that
is created for the test and dropped after it (an unreachable server is then a
failure, not a skip).
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError

from sessions.domain.zones import tzdata_version
from sessions.persistence.database import create_engine
from sessions.persistence.migrate import MIGRATIONS, alembic_config, upgrade
from sessions.persistence.repositories.meta import MetaRepository
from sessions.persistence.tables import Base, EventRow, SessionRow
from sessions.persistence.unit_of_work import UnitOfWork
from sessions.services.access import Viewer
from sessions.services.accounts import AccountService
from sessions.services.context import ServiceContext
from sessions.services.events import EventDraft, EventService
from sessions.services.maintenance import TZDATA_KEY, recompute_instants
from sessions.services.sessions import SessionDraft, SessionService

POSTGRES_URL = os.environ.get("SESSIONS_TEST_POSTGRES_URL", "")
EMPTY_BACKENDS = [
    "sqlite",
    *([pytest.param("postgres", marks=pytest.mark.postgres)] if POSTGRES_URL else []),
]
SESSIONS_CLI = Path(sys.executable).with_name("sessions")
TABLES = set(Base.metadata.tables)


async def _postgres_admin(sql: str) -> None:
    engine = create_engine(make_url(POSTGRES_URL).render_as_string(hide_password=False))
    try:
        async with engine.connect() as conn:
            await conn.execution_options(isolation_level="AUTOCOMMIT")
            await conn.execute(sa.text(sql))
    finally:
        await engine.dispose()


@pytest.fixture(params=EMPTY_BACKENDS)
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with nothing in it, not even Alembic's version table."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'empty.db'}"
        return
    name = f"sessions_migrations_{uuid.uuid4().hex[:12]}"
    asyncio.run(_postgres_admin(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        asyncio.run(_postgres_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def _tables_and_revision(url: str) -> tuple[set[str], str | None]:
    async def run() -> tuple[set[str], str | None]:
        engine = create_engine(url)
        try:
            async with engine.connect() as conn:
                names = set(await conn.run_sync(lambda c: sa.inspect(c).get_table_names()))
                revision = None
                if "alembic_version" in names:
                    revision = (
                        await conn.execute(sa.text("SELECT version_num FROM alembic_version"))
                    ).scalar_one_or_none()
                return names - {"alembic_version"}, revision
        finally:
            await engine.dispose()

    return asyncio.run(run())


def _head() -> str:
    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    assert head is not None
    return head


def test_migrations_build_the_schema_the_models_describe_and_go_back_down(empty_url: str) -> None:
    config = alembic_config(empty_url)
    assert _tables_and_revision(empty_url) == (set(), None)

    upgrade(empty_url)
    assert _tables_and_revision(empty_url) == (TABLES, _head())
    # Models and migrations agree: autogenerate finds nothing to do (raises otherwise).
    command.check(config)

    command.downgrade(config, "base")
    assert _tables_and_revision(empty_url) == (set(), None)

    upgrade(empty_url)
    assert _tables_and_revision(empty_url) == (TABLES, _head())
    command.check(config)
    # Upgrading an up-to-date database is a no-op, as `sessions serve` does on every start.
    upgrade(empty_url)
    assert _tables_and_revision(empty_url) == (TABLES, _head())


def test_migration_history_is_one_line_from_base_to_head() -> None:
    script = ScriptDirectory(str(MIGRATIONS))
    assert len(script.get_heads()) == 1
    assert len(script.get_bases()) == 1


def _cli(*args: str, database_url: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SESSIONS_CLI), *args],
        env={**os.environ, "DATABASE_URL": database_url, "SESSIONS_DATA_DIR": str(cwd / "data")},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    "database_url",
    [
        "sqlite+aiosqlite:///{tmp}/never-created.db",
        "postgresql+asyncpg://nobody@127.0.0.1:9/never-connected",
    ],
    ids=["sqlite", "postgres"],
)
def test_migrate_sql_prints_the_schema_without_touching_a_database(
    database_url: str, tmp_path: Path
) -> None:
    url = database_url.format(tmp=tmp_path)
    result = _cli("migrate", "--sql", database_url=url, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "CREATE TABLE sessions" in result.stdout
    assert "CREATE TABLE events" in result.stdout
    assert "CREATE INDEX ix_sessions_event_start" in result.stdout
    assert not (tmp_path / "never-created.db").exists()


def test_migrate_command_brings_a_fresh_file_to_head(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}"
    result = _cli("migrate", database_url=url, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "newest schema" in result.stdout
    assert _tables_and_revision(url) == (TABLES, _head())


async def test_sqlite_connections_enforce_foreign_keys_and_use_wal(sqlite_template: Path) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{sqlite_template}")
    try:
        async with engine.connect() as conn:
            assert (await conn.execute(sa.text("PRAGMA foreign_keys"))).scalar_one() == 1
            assert (await conn.execute(sa.text("PRAGMA journal_mode"))).scalar_one() == "wal"
        # ...and foreign keys are really enforced, not just switched on.
        with pytest.raises(IntegrityError):
            async with engine.begin() as conn:
                await conn.execute(
                    sa.text(
                        "INSERT INTO tracks (id, event_id, slug, name, mode, position, version) "
                        "VALUES (:id, :event, 'online', 'Online', 'online', 0, 1)"
                    ),
                    {"id": uuid.uuid4().hex, "event": uuid.uuid4().hex},
                )
    finally:
        await engine.dispose()


# --- time rule 3: the wall clock is the truth, the instant is derived ---------------


async def _reference_session(ctx: ServiceContext) -> tuple[Viewer, uuid.UUID]:
    """IGF 2024's TCCM session, 15:45-16:45 in Asia/Riyadh (UTC+3), made through the services."""
    async with ctx.unit_of_work() as uow:
        return await _create_reference(ctx, uow)


async def _create_reference(ctx: ServiceContext, uow: UnitOfWork) -> tuple[Viewer, uuid.UUID]:
    organiser, _ = await AccountService(ctx, uow).token_for("keeper@example.org")
    viewer = Viewer(organiser.id, organiser.email)
    await EventService(ctx, uow).create(
        EventDraft(
            slug="igf-2024",
            title="Internet Governance Forum 2024",
            timezone="Asia/Riyadh",
            start_date=date(2024, 12, 15),
            end_date=date(2024, 12, 19),
        ),
        viewer,
    )
    view = await SessionService(ctx, uow).create(
        "igf-2024",
        SessionDraft(
            title="TCCM", start=datetime(2024, 12, 18, 15, 45), end=datetime(2024, 12, 18, 16, 45)
        ),
        viewer,
    )
    assert view.session.id is not None
    return viewer, view.session.id


async def _stored(ctx: ServiceContext, session_id: uuid.UUID) -> tuple[datetime, datetime, int]:
    async with ctx.unit_of_work() as uow:
        db_session = uow.db_session
        row = await db_session.get(SessionRow, session_id)
        assert row is not None
        return row.start_utc, row.end_utc, row.sequence


async def _event_version(ctx: ServiceContext, slug: str) -> int:
    async with ctx.unit_of_work() as uow:
        db_session = uow.db_session
        return (
            await db_session.execute(sa.select(EventRow.version).where(EventRow.slug == slug))
        ).scalar_one()


async def _corrupt(ctx: ServiceContext, session_id: uuid.UUID, tzdata: str) -> None:
    """What an old zone database would have derived: the same wall time, an hour off."""
    table = SessionRow.__table__
    async with ctx.unit_of_work() as uow:
        db_session = uow.db_session
        await db_session.execute(
            sa.update(table)
            .where(table.c.id == session_id)
            .values(
                start_utc=datetime(2024, 12, 18, 11, 45, tzinfo=UTC),
                end_utc=datetime(2024, 12, 18, 11, 45, tzinfo=UTC) + timedelta(hours=1),
            )
        )
        await MetaRepository(db_session).set(TZDATA_KEY, tzdata)


async def _meta(ctx: ServiceContext) -> str | None:
    async with ctx.unit_of_work() as uow:
        db_session = uow.db_session
        return await MetaRepository(db_session).get(TZDATA_KEY)


async def test_recompute_instants_rederives_from_wall_clock_after_a_tzdata_update(
    ctx: ServiceContext,
) -> None:
    owner, session_id = await _reference_session(ctx)
    truth = (datetime(2024, 12, 18, 12, 45, tzinfo=UTC), datetime(2024, 12, 18, 13, 45, tzinfo=UTC))
    assert await _stored(ctx, session_id) == (*truth, 0)

    await _corrupt(ctx, session_id, "2000a")
    assert (await _stored(ctx, session_id))[:2] != truth
    version_before = await _event_version(ctx, "igf-2024")

    assert await recompute_instants(ctx) == 1

    start, end, sequence = await _stored(ctx, session_id)
    assert (start, end) == truth
    assert sequence == 1, "calendars must re-announce a session whose instant moved"
    assert await _event_version(ctx, "igf-2024") > version_before, "ETags must change too"
    assert await _meta(ctx) == tzdata_version()
    async with ctx.unit_of_work() as uow:
        view = await SessionService(ctx, uow).get("igf-2024", session_id, owner)
    assert view.session.start.wall == datetime(2024, 12, 18, 15, 45)  # the truth never moved
    assert view.session.start_instant == truth[0]
    assert view.session.sequence == 1


async def test_recompute_instants_is_a_no_op_when_tzdata_has_not_changed(
    ctx: ServiceContext,
) -> None:
    _, session_id = await _reference_session(ctx)
    # The app's start-up (or an earlier run) recorded the current tzdata.
    assert await recompute_instants(ctx) == 0
    assert await _meta(ctx) == tzdata_version()
    assert await recompute_instants(ctx) == 0
    assert (await _stored(ctx, session_id))[2] == 0

    # Unchanged tzdata means the stored instants are trusted; `force` re-derives anyway.
    await _corrupt(ctx, session_id, tzdata_version())
    assert await recompute_instants(ctx) == 0
    assert await recompute_instants(ctx, force=True) == 1
    start, _, sequence = await _stored(ctx, session_id)
    assert start == datetime(2024, 12, 18, 12, 45, tzinfo=UTC)
    assert sequence == 1
