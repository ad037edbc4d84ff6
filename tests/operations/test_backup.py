"""SQLite (the embedded default; PostgreSQL has pg_dump): `sessions backup` while the app serves and writes; `sessions restore` into a fresh folder.

Each backup is one consistent state: restored and migrated, it serves exactly the agenda
bytes the live app served at that version (the ETag names the version).
"""

from __future__ import annotations

import threading
from pathlib import Path

import httpx
from litestar.testing import AsyncTestClient

from sessions.config import Settings
from sessions.http.app import create_app
from tests.operations.conftest import Server, sessions_cli

PUBLIC = "https://sessions.example"
AGENDA = "/api/v1/events/igf-2024/agenda?tz=America/New_York"


def folder_env(folder: Path) -> dict[str, str]:
    return {
        "SESSIONS_DATA_DIR": str(folder),
        "DATABASE_URL": f"sqlite+aiosqlite:///{folder / 'sessions.db'}",
        "SESSIONS_PUBLIC_URL": PUBLIC,
    }


async def agenda_of(folder: Path) -> tuple[str, bytes]:
    settings = Settings(
        database_url=f"sqlite+aiosqlite:///{folder / 'sessions.db'}",
        data_dir=folder,
        public_url=PUBLIC,
        migrate_on_start=False,
    )
    async with AsyncTestClient(app=create_app(settings), base_url=PUBLIC) as client:
        response = await client.get(AGENDA)
        assert response.status_code == 200, response.text
        return response.headers["etag"], response.content


async def test_backup_during_writes_restores_the_same_agenda(tmp_path: Path):
    live = tmp_path / "live"
    env = folder_env(live)
    sessions_cli(env, "demo")
    token = sessions_cli(env, "create-organiser", "organiser@demo.sessions.invalid").stdout
    auth = {"Authorization": f"Bearer {token.strip().splitlines()[-1]}"}
    server = Server(env, tmp_path)
    served: dict[str, bytes] = {}
    stop = threading.Event()
    errors: list[str] = []
    try:
        agenda = httpx.get(server.url + AGENDA, timeout=10).json()
        ids = [s["id"] for day in agenda["days"] for s in day["sessions"]][:4]

        def write() -> None:
            with httpx.Client(base_url=server.url, timeout=20) as web:
                n = 0
                while not stop.is_set() and n < 400:
                    n += 1
                    changed = web.patch(
                        f"/api/v1/events/igf-2024/sessions/{ids[n % len(ids)]}",
                        json={"title": f"Edited while backing up, {n}"},
                        headers=auth,
                    )
                    if changed.status_code != 200:
                        errors.append(changed.text)
                        return
                    read = web.get(AGENDA)
                    served[read.headers["etag"]] = read.content

        writer = threading.Thread(target=write)
        writer.start()
        while len(served) < 3:
            writer.join(0.1)
        backups = []
        for i in range(2):  # taken while the writer writes
            backups.append(tmp_path / f"during-{i}.db")
            sessions_cli(env, "backup", str(backups[-1]))
        during = len(served)
        stop.set()
        writer.join(60)
        assert not errors, errors[:1]
        assert len(served) > during, "the writer stopped before the backups were taken"
        final = httpx.get(server.url + AGENDA, timeout=10)
        backups.append(tmp_path / "final.db")
        sessions_cli(env, "backup", str(backups[-1]))
        # A second backup to the same file is refused unless forced.
        refused = sessions_cli(env, "backup", str(backups[-1]), expect=2)
        assert "exists" in refused.stderr
    finally:
        server.stop()

    for i, backup in enumerate(backups):
        fresh = tmp_path / f"restored-{i}"
        restored = sessions_cli(folder_env(fresh), "restore", str(backup))
        assert "restored" in restored.stdout
        sessions_cli(folder_env(fresh), "migrate")  # clean: nothing left to do, no error
        etag, body = await agenda_of(fresh)
        if backup.name == "final.db":
            assert (etag, body) == (final.headers["etag"], final.content)
        else:
            assert etag in served, "the backup holds a state the app never served"
            assert body == served[etag]

    # A database that holds data is not overwritten without --force.
    target = folder_env(tmp_path / "restored-0")
    refused = sessions_cli(target, "restore", str(backups[-1]), expect=2)
    assert "holds data" in refused.stderr
    sessions_cli(target, "restore", str(backups[-1]), "--force")
    assert (await agenda_of(tmp_path / "restored-0"))[1] == final.content


def test_backup_and_restore_refuse_what_they_cannot_do(tmp_path: Path):
    postgres = {"DATABASE_URL": "postgresql+asyncpg://nobody@127.0.0.1:1/none"}
    done = sessions_cli(postgres, "backup", str(tmp_path / "x.db"), expect=2)
    assert "pg_dump" in done.stderr
    not_a_db = tmp_path / "not.db"
    not_a_db.write_text("hello")
    done = sessions_cli(folder_env(tmp_path / "t"), "restore", str(not_a_db), expect=2)
    assert "not an SQLite database" in done.stderr or "not a sessions database" in done.stderr
