"""Alembic, driven from code: `sessions migrate` and the app's start-up use this."""

from __future__ import annotations

import asyncio
from pathlib import Path

from alembic import command
from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    # Alembic's config is ConfigParser-based: escape '%' in passwords.
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(url: str, revision: str = "head", *, sql: bool = False) -> None:
    command.upgrade(alembic_config(url), revision, sql=sql)


async def upgrade_async(url: str, revision: str = "head") -> None:
    """Run from inside an event loop: Alembic's env starts its own loop, so use a thread."""
    await asyncio.to_thread(upgrade, url, revision)
