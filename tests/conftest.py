"""Real databases and the real app over HTTP.

Every API test runs on an SQLite file and, when SESSIONS_TEST_POSTGRES_URL is
set, on a fresh PostgreSQL database created for this run (an unreachable
server is then an error, not a skip). The schema always comes from the
Alembic migrations, never from create_all.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from sessions.config import Settings
from sessions.persistence.database import create_engine
from sessions.persistence.migrate import upgrade
from sessions.persistence.tables import Base

POSTGRES_URL = os.environ.get("SESSIONS_TEST_POSTGRES_URL", "")
BACKENDS = ["sqlite", *(["postgres"] if POSTGRES_URL else [])]


async def _admin(sql: str) -> None:
    url = make_url(POSTGRES_URL)
    engine = create_engine(url.render_as_string(hide_password=False))
    try:
        async with engine.connect() as conn:
            await conn.execution_options(isolation_level="AUTOCOMMIT")
            await conn.execute(text(sql))
    finally:
        await engine.dispose()


@pytest.fixture(scope="session")
def postgres_run_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test run, migrated once, dropped at the end."""
    name = f"sessions_test_{uuid.uuid4().hex[:12]}"
    asyncio.run(_admin(f'CREATE DATABASE "{name}"'))
    url = make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    try:
        upgrade(url)
        yield url
    finally:
        asyncio.run(_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file; each test gets its own copy."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    upgrade(f"sqlite+aiosqlite:///{path}")
    return path


async def _truncate(url: str) -> None:
    engine = create_engine(url)
    try:
        async with engine.begin() as conn:
            tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
            await conn.execute(text(f"TRUNCATE {tables} CASCADE"))
    finally:
        await engine.dispose()


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        path = tmp_path / "sessions.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite+aiosqlite:///{path}"
    url = request.getfixturevalue("postgres_run_url")
    asyncio.run(_truncate(url))
    return url


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(
        database_url=database_url,
        data_dir=tmp_path,
        public_url="https://sessions.test",
        migrate_on_start=False,
    )


@pytest.fixture
async def client(settings: Settings) -> AsyncIterator:
    from litestar.testing import AsyncTestClient

    from sessions.http.app import create_app

    app = create_app(settings)
    async with AsyncTestClient(app=app, base_url="https://sessions.test") as test_client:
        yield test_client


@pytest.fixture
async def ctx(settings: Settings) -> AsyncIterator:
    """Services on their own engine: the app's pool lives on the test client's event loop."""
    from sessions.persistence.unit_of_work import Database
    from sessions.services.context import ServiceContext

    engine = create_engine(settings.database_url)
    try:
        yield ServiceContext(Database.from_engine(engine))
    finally:
        await engine.dispose()


async def new_token(ctx, email: str) -> str:
    from sessions.services.accounts import AccountService

    async with ctx.unit_of_work() as uow:
        _, token = await AccountService(ctx, uow).token_for(email)
    return token


@pytest.fixture
async def organiser_token(ctx) -> str:
    return await new_token(ctx, "owner@example.org")


@pytest.fixture
def auth(organiser_token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {organiser_token}"}
