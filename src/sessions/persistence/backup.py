"""Backups of the embedded SQLite database, through SQLite's online backup API.

The backup API copies the database page by page under SQLite's own locking, so a
backup taken while the app serves and writes is one consistent state of the database
(the copy reads one snapshot while writers carry on). A restore copies a
backup into place the same way. PostgreSQL has its own tools: pg_dump and pg_restore.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy.engine import make_url

# Tables whose rows do not make a database "hold data" (the schema's and the zone rules'
# bookkeeping): a freshly migrated database is empty.
_BOOKKEEPING = {"alembic_version", "meta", "sqlite_sequence"}


class BackupError(Exception):
    """Why a backup or restore was not done (said to the operator as is)."""


def sqlite_path(url: str) -> Path:
    """The file of an SQLite database URL (BackupError for PostgreSQL and in-memory URLs)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        raise BackupError(
            "this database is not SQLite: back it up with pg_dump (see README, Operations)"
        )
    if not parsed.database or parsed.database == ":memory:":
        raise BackupError("an in-memory database has nothing to back up")
    return Path(parsed.database)


def _copy(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    # In one step, so in one read transaction: one snapshot of the database. In WAL mode
    # (as the app runs it) writers carry on meanwhile; copied in several steps, every write
    # between two steps would start the copy over, and a busy app might never let it end.
    source.backup(target, pages=-1)


def backup(url: str, destination: Path, *, force: bool = False) -> int:
    """Copy the live database to `destination` (written beside it, then renamed into place,
    so a failed backup never leaves half a file). Returns its size in bytes."""
    source_path = sqlite_path(url)
    if not source_path.exists():
        raise BackupError(f"no database at {source_path}")
    destination = destination.resolve()
    if destination.exists() and not force:
        raise BackupError(f"{destination} exists (use --force to replace it)")
    partial = destination.with_name(f".{destination.name}.partial")
    partial.unlink(missing_ok=True)
    source = sqlite3.connect(source_path, timeout=30)
    try:
        target = sqlite3.connect(partial)
        try:
            _copy(source, target)
            # A backup is one self-contained file: no -wal beside it.
            target.execute("PRAGMA journal_mode=DELETE")
            problems = target.execute("PRAGMA integrity_check").fetchone()[0]
            if problems != "ok":
                raise BackupError(f"the copy failed its integrity check: {problems}")
        finally:
            target.close()
    finally:
        source.close()
    os.replace(partial, destination)
    return destination.stat().st_size


def holds_data(path: Path) -> bool:
    """Whether the database at `path` has any row outside the bookkeeping tables."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    try:
        tables = [
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if name not in _BOOKKEEPING
        ]
        return any(
            connection.execute(f'SELECT 1 FROM "{name}" LIMIT 1').fetchone() for name in tables
        )
    finally:
        connection.close()


def restore(source: Path, url: str, *, force: bool = False) -> None:
    """Copy a backup into the database at `url`. Refuses to replace a database that holds
    data unless `force`. Stop the app first: a restore replaces everything it would read."""
    target_path = sqlite_path(url)
    if not source.exists():
        raise BackupError(f"no backup at {source}")
    backup_db = sqlite3.connect(f"file:{source.resolve()}?mode=ro", uri=True)
    try:
        try:
            check = backup_db.execute("PRAGMA integrity_check").fetchone()[0]
            versioned = backup_db.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()
        except sqlite3.DatabaseError as exc:
            raise BackupError(f"{source} is not an SQLite database: {exc}") from exc
        if check != "ok":
            raise BackupError(f"{source} failed its integrity check: {check}")
        if not versioned:
            raise BackupError(f"{source} is not a sessions database (no schema version)")
        if holds_data(target_path) and not force:
            raise BackupError(f"{target_path} holds data: restoring would replace it (use --force)")
        target_path.parent.mkdir(parents=True, exist_ok=True)
        target = sqlite3.connect(target_path, timeout=30)
        try:
            _copy(backup_db, target)
            target.execute("PRAGMA journal_mode=WAL")  # as the app runs it
        finally:
            target.close()
    finally:
        backup_db.close()
