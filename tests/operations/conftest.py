"""Operations tests: the API suite's checked client, and the real server in its own processes."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from bench.faults import free_port

from sessions.config import Settings
from tests.api.conftest import client  # noqa: F401
from tests.people.test_invites import SmtpServer


class Server:
    """`sessions serve ARGS` on a free loopback port; standard error kept apart (the log)."""

    def __init__(self, env: dict[str, str], folder: Path, *args: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, **env}
        self.stderr = folder / f"serve-{self.port}.log"
        self._err = self.stderr.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "sessions.cli", "serve", "--port", str(self.port), *args],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=self._err,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited:\n{self.stderr.read_text()}")
            try:
                if httpx.get(self.url + "/health/live", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"server did not start:\n{self.stderr.read_text()}")

    def log(self) -> str:
        self._err.flush()
        return self.stderr.read_text()

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._err.close()


def sessions_cli(env: dict[str, str], *args: str, expect: int = 0) -> subprocess.CompletedProcess:
    done = subprocess.run(
        [sys.executable, "-m", "sessions.cli", *args],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == expect, (args, done.stdout, done.stderr)
    return done


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def settings(database_url: str, tmp_path: Path, smtp: SmtpServer) -> Settings:
    return Settings(
        database_url=database_url,
        data_dir=tmp_path,
        public_url="https://sessions.test",
        migrate_on_start=False,
        smtp_url=smtp.url,
        mail_poll_interval=3600,  # the app's own sender sweeps once at start, then not
    )
