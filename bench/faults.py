"""Faults under load: restart PostgreSQL, then Redis, while reads and writes run.

`python -m bench.faults` starts a private PostgreSQL cluster and a private
Redis on free loopback ports (the machine's own services are left alone),
two app processes over them, and a bounded load of reads and writes. It
stops and restarts PostgreSQL, then Redis, and prints requests sent, 2xx,
503, other statuses, writes lost (acknowledged but not stored; must be 0),
writes applied twice (must be 0) and the recovery time after each restart.
"""

from __future__ import annotations

import collections
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx

PG_BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def as_postgres(*args: str) -> list[str]:
    """PostgreSQL refuses to run as root; run its tools as the postgres user then."""
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else list(args)


class PrivatePostgres:
    def __init__(self, root: Path) -> None:
        self.port = free_port()
        self.data = root / "pg"
        self.data.mkdir()
        if os.geteuid() == 0:
            shutil.chown(root, "postgres")
            shutil.chown(self.data, "postgres")
        subprocess.run(
            as_postgres(
                str(PG_BIN / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres"
            ),
            check=True,
            capture_output=True,
        )
        self.start()
        subprocess.run(
            as_postgres(
                str(PG_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "sessions"
            ),
            check=True,
            capture_output=True,
        )

    @property
    def url(self) -> str:
        return f"postgresql+asyncpg://postgres@127.0.0.1:{self.port}/sessions"

    def start(self) -> None:
        subprocess.run(
            as_postgres(
                str(PG_BIN / "pg_ctl"),
                "-D",
                str(self.data),
                "-w",
                "-l",
                str(self.data / "log"),
                "-o",
                f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1",
                "start",
            ),
            check=True,
            capture_output=True,
        )

    def stop(self) -> None:
        subprocess.run(
            as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop"),
            check=True,
            capture_output=True,
        )


class PrivateRedis:
    def __init__(self, root: Path) -> None:
        self.port = free_port()
        self.root = root
        self.process: subprocess.Popen | None = None
        self.start()

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.root),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.05)
        raise RuntimeError("redis did not start")

    def stop(self) -> None:
        assert self.process is not None
        self.process.terminate()
        self.process.wait(timeout=10)


def cli(env: dict[str, str], *args: str) -> str:
    return subprocess.run(
        [sys.executable, "-m", "sessions.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


class App:
    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log.open("wb")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "sessions.cli",
                "serve",
                "--port",
                str(self.port),
                "--no-migrate",
            ],
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.url + "/health/live", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        raise RuntimeError("app did not start")

    def stop(self) -> float:
        """SIGTERM; returns how long the drain took."""
        t0 = time.monotonic()
        self.process.terminate()
        self.process.wait(timeout=30)
        self.log.close()
        return time.monotonic() - t0


@dataclass
class Tally:
    statuses: collections.Counter = field(default_factory=collections.Counter)
    acked: set[str] = field(default_factory=set)
    first_ok_write_after: dict[str, float] = field(default_factory=dict)
    traces: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def load(
    apps: list[App], token: str, tally: Tally, stop: threading.Event, restarted: dict[str, float]
) -> None:
    with httpx.Client(timeout=5) as client:
        _load(client, apps, token, tally, stop, restarted)


def _load(
    client: httpx.Client,
    apps: list[App],
    token: str,
    tally: Tally,
    stop: threading.Event,
    restarted: dict[str, float],
) -> None:
    auth = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    i = 0
    while not stop.is_set():
        app = apps[i % len(apps)]
        i += 1
        write = i % 3 == 0
        title = f"load-{uuid.uuid4()}"
        try:
            if write:
                response = client.post(
                    f"{app.url}/api/v1/events/igf-2024/sessions",
                    headers=auth,
                    content=f'{{"title": "{title}", "start": "2024-12-19T12:00", "end": "2024-12-19T12:30"}}',
                )
            else:
                path = "/api/v1/events/igf-2024/agenda" if i % 2 else "/events/igf-2024.ics"
                response = client.get(app.url + path)
            status = response.status_code
            leaked = b"Traceback" in response.content
        except httpx.HTTPError:
            status, leaked = "connection error", False
        with tally.lock:
            tally.statuses[status] += 1
            tally.traces += leaked
            if write and status == 201:
                tally.acked.add(title)
                for what, at in restarted.items():
                    tally.first_ok_write_after.setdefault(what, time.monotonic() - at)
        time.sleep(0.01)


def stored_titles(pg: PrivatePostgres) -> list[str]:
    out = subprocess.run(
        as_postgres(
            str(PG_BIN / "psql"),
            "-h",
            "127.0.0.1",
            "-p",
            str(pg.port),
            "-d",
            "sessions",
            "-At",
            "-c",
            "SELECT title FROM sessions WHERE title LIKE 'load-%'",
        ),
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [line for line in out.splitlines() if line]


def run(outage: float = 3.0, settle: float = 4.0) -> dict:
    root = Path(tempfile.mkdtemp(prefix="sessions-faults-"))
    pg = PrivatePostgres(root)
    redis = PrivateRedis(root)
    env = {**os.environ, "DATABASE_URL": pg.url, "REDIS_URL": redis.url}
    cli(env, "migrate")
    cli(env, "demo")
    token = cli(env, "create-organiser", "organiser@demo.sessions.invalid").strip().splitlines()[-1]
    apps = [App(env, root / "a.log"), App(env, root / "b.log")]
    tally, stop, restarted = Tally(), threading.Event(), {}
    workers = [
        threading.Thread(target=load, args=(apps, token, tally, stop, restarted)) for _ in range(4)
    ]
    for w in workers:
        w.start()
    figures: dict = {}
    try:
        time.sleep(settle)
        pg.stop()
        time.sleep(outage / 2)
        down = httpx.get(apps[0].url + "/health/ready", timeout=5)
        figures["ready during PostgreSQL outage"] = (
            down.status_code,
            down.headers.get("content-type"),
        )
        time.sleep(outage / 2)
        pg.start()
        restarted["postgresql"] = time.monotonic()
        time.sleep(settle)
        redis.stop()
        time.sleep(outage / 2)
        down = httpx.get(apps[0].url + "/health/ready", timeout=5)
        figures["ready during Redis outage"] = (down.status_code, down.json().get("errors"))
        time.sleep(outage / 2)
        redis.start()
        restarted["redis"] = time.monotonic()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if all(httpx.get(a.url + "/health/ready", timeout=5).status_code == 200 for a in apps):
                figures["ready again after Redis restart (s)"] = round(
                    time.monotonic() - restarted["redis"], 2
                )
                break
            time.sleep(0.1)
        time.sleep(settle)
    finally:
        stop.set()
        for w in workers:
            w.join()
        figures["SIGTERM drain (s)"] = [round(a.stop(), 2) for a in apps]
    stored = stored_titles(pg)
    counts = collections.Counter(stored)
    figures["requests sent"] = sum(tally.statuses.values())
    figures["statuses"] = dict(tally.statuses)
    figures["2xx"] = sum(n for s, n in tally.statuses.items() if isinstance(s, int) and s < 300)
    figures["503"] = tally.statuses.get(503, 0)
    figures["other"] = {
        s: n
        for s, n in tally.statuses.items()
        if not (isinstance(s, int) and (s < 300 or s == 503))
    }
    figures["writes acknowledged"] = len(tally.acked)
    figures["writes lost"] = len(tally.acked - set(counts))
    figures["writes applied twice"] = sum(1 for n in counts.values() if n > 1)
    figures["stack traces in responses"] = tally.traces
    figures["first 2xx write after PostgreSQL restart (s)"] = round(
        tally.first_ok_write_after.get("postgresql", -1), 2
    )
    figures["first 2xx write after Redis restart (s)"] = round(
        tally.first_ok_write_after.get("redis", -1), 2
    )
    pg.stop()
    redis.stop()
    if os.environ.get("FAULTS_KEEP"):
        figures["logs"] = str(root)
    else:
        shutil.rmtree(root, ignore_errors=True)
    return figures


if __name__ == "__main__":
    for name, value in run().items():
        print(f"{name:<48} {value}")
