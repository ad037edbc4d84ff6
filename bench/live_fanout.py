"""Live fan-out at forum scale: 5,000 attendees on the event's stream, one "running late".

`python -m bench --only live` creates a fresh PostgreSQL database (dropped at the end) on
127.0.0.1:5432 and takes an empty Redis database number on 127.0.0.1:6379 (flushed at the
end), loads the demo, and starts two `sessions serve` processes over them (the scale-out
setup: any process may take the organiser's POST, Redis carries it to the other).

One asyncio client process then opens SUBSCRIBERS server-sent event streams on
`/api/v1/events/igf-2024/live`, alternating between the two servers, as an anonymous
attendee's browser does, and waits for each stream's hello. Each round, an organiser
POSTs "running N minutes late" to one server (alternating); the client notes, per stream,
when the message naming those N minutes arrived. Meanwhile a separate process (so that
the client's own load does not colour it) polls `/health/live` on both servers.

Prints, per round: how many streams received it, and the time from the POST being sent to
each receipt (p50, p99, max); the servers' RSS before and after the streams opened,
divided by the streams; and `/health/live` latency while the streams opened and while
the rounds ran (p50, max; the target is none slower than 50 ms). Bounded: a fixed number
of streams and rounds, each step with a deadline; it stops by itself.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from bench.faults import free_port

SUBSCRIBERS = 5_000
ROUNDS = 3
CONNECT_AT_ONCE = 200  # streams being opened at any moment (a crowd arriving, not a SYN flood)
OPEN_DEADLINE = 180.0  # seconds for every stream to say hello
RECEIVE_DEADLINE = 30.0  # seconds for every stream to hear one round
HEALTH_EVERY = 0.02  # seconds between /health/live polls, per server
EVENT = "igf-2024"
TRACK = "online"
POSTGRES = os.environ.get("SESSIONS_BENCH_POSTGRES", "postgresql://postgres@127.0.0.1:5432")
REDIS = os.environ.get("SESSIONS_BENCH_REDIS", "redis://127.0.0.1:6379")


# ---- the databases: a fresh PostgreSQL database and an empty Redis database number ----


@contextmanager
def fresh_postgres() -> Iterator[str]:
    import asyncpg

    name = f"sessions_live_bench_{os.getpid()}_{uuid.uuid4().hex[:6]}"

    async def admin(sql: str) -> None:
        conn = await asyncpg.connect(f"{POSTGRES}/postgres")
        try:
            await conn.execute(sql)
        finally:
            await conn.close()

    asyncio.run(admin(f'CREATE DATABASE "{name}"'))
    try:
        yield f"{POSTGRES.replace('postgresql://', 'postgresql+asyncpg://')}/{name}"
    finally:
        asyncio.run(admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@contextmanager
def empty_redis_db() -> Iterator[str]:
    """The highest-numbered empty database (others' data is never touched), flushed after."""
    from redis import Redis

    for number in range(15, 0, -1):
        client = Redis.from_url(f"{REDIS}/{number}")
        if client.dbsize() == 0:
            break
    else:
        raise RuntimeError("no empty Redis database between 1 and 15")
    try:
        yield f"{REDIS}/{number}"
    finally:
        client.flushdb()
        client.close()


# ---- the servers ----


class Server:
    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self._log = log.open("wb")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "sessions.cli",
                "serve",
                "--no-migrate",
                "--port",
                str(self.port),
            ],
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited:\n{log.read_text()[-2000:]}")
            with suppress(httpx.HTTPError):
                if httpx.get(self.base + "/health", timeout=2).status_code == 200:
                    return
            time.sleep(0.2)
        raise RuntimeError("server did not start")

    def rss_kib(self) -> int:
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        return 0

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._log.close()


def _cli(env: dict[str, str], *args: str) -> str:
    return subprocess.run(
        [sys.executable, "-m", "sessions.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout


# ---- /health/live, polled from its own process ----


def _poll_health(urls: list[str], out: multiprocessing.Queue, stop: multiprocessing.Event) -> None:
    """(time.time() sent, server index, ms) per poll; inf when it failed."""
    samples = []
    with httpx.Client(timeout=5) as client:
        while not stop.is_set():
            for i, url in enumerate(urls):
                sent_wall, sent = time.time(), time.perf_counter()
                try:
                    ok = client.get(url).status_code == 200
                except httpx.HTTPError:
                    ok = False
                ms = (time.perf_counter() - sent) * 1000
                samples.append((sent_wall, i, ms if ok else float("inf")))
            stop.wait(HEALTH_EVERY)
    out.put(samples)


# ---- the client: raw sockets, one asyncio loop ----


class Stream(asyncio.Protocol):
    """One attendee's stream: notes when the hello and each round's message arrive."""

    def __init__(self, host: str, path: str, hello: asyncio.Future) -> None:
        self.request = (
            f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept: text/event-stream\r\n"
            "Cache-Control: no-cache\r\n\r\n"
        ).encode()
        self.hello = hello
        self.tail = b""
        self.waiting: tuple[bytes, asyncio.Future] | None = None
        self.transport: asyncio.Transport | None = None
        self.status = 0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        transport.write(self.request)

    def expect(self, token: bytes, future: asyncio.Future) -> None:
        self.waiting = (token, future)

    def data_received(self, data: bytes) -> None:
        now = time.perf_counter()
        seen = self.tail + data
        self.tail = seen[-64:]  # a token split across two reads is still found
        if not self.hello.done():
            if not self.status and seen.startswith(b"HTTP/1.1 "):
                self.status = int(seen[9:12])
            if b"event: hello" in seen:
                self.hello.set_result(now)
            elif self.status and self.status != 200:
                self.hello.set_exception(RuntimeError(f"HTTP {self.status}"))
        if self.waiting is not None and self.waiting[0] in seen:
            future = self.waiting[1]
            self.waiting = None
            if not future.done():
                future.set_result(now)

    def connection_lost(self, exc: Exception | None) -> None:
        for future in (self.hello, self.waiting[1] if self.waiting else None):
            if future is not None and not future.done():
                future.set_exception(ConnectionError("stream closed"))


@dataclass
class Round:
    server: int
    minutes: int
    post_ms: float
    latencies_ms: list[float]
    started: float  # time.time() when the POST was sent
    ended: float


@dataclass
class Result:
    subscribers: int
    opened: int
    open_s: float
    rss_before_kib: list[int]
    rss_after_kib: list[int]
    rounds: list[Round] = field(default_factory=list)
    health: list[tuple[float, int, float]] = field(default_factory=list)
    open_window: tuple[float, float] = (0.0, 0.0)


async def _open(
    loop: asyncio.AbstractEventLoop, port: int, gate: asyncio.Semaphore
) -> Stream | None:
    async with gate:
        hello: asyncio.Future = loop.create_future()
        try:
            _, stream = await loop.create_connection(
                lambda: Stream(f"127.0.0.1:{port}", f"/api/v1/events/{EVENT}/live", hello),
                "127.0.0.1",
                port,
            )
            await asyncio.wait_for(hello, 60)
        except (OSError, RuntimeError, TimeoutError):
            return None
        return stream


async def measure(servers: list[Server], token: str, subscribers: int, rounds: int) -> Result:
    loop = asyncio.get_running_loop()
    rss_before = [s.rss_kib() for s in servers]
    gate = asyncio.Semaphore(CONNECT_AT_ONCE)
    t_open, wall_open = time.perf_counter(), time.time()
    opened = await asyncio.wait_for(
        asyncio.gather(
            *(_open(loop, servers[i % len(servers)].port, gate) for i in range(subscribers))
        ),
        OPEN_DEADLINE,
    )
    streams = [s for s in opened if s is not None]
    open_s = time.perf_counter() - t_open
    await asyncio.sleep(2)  # let the servers settle before reading their memory
    result = Result(
        subscribers,
        len(streams),
        open_s,
        rss_before,
        [s.rss_kib() for s in servers],
        open_window=(wall_open, time.time()),
    )
    auth = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(timeout=30) as client:
        for n in range(rounds):
            minutes = 10 + n
            server = n % len(servers)
            futures = []
            for stream in streams:
                future: asyncio.Future = loop.create_future()
                stream.expect(f'"minutes":{minutes}'.encode(), future)
                futures.append(future)
            url = f"{servers[server].base}/api/v1/events/{EVENT}/tracks/{TRACK}/live/late"
            started, sent = time.time(), time.perf_counter()
            response = await client.post(url, json={"minutes": minutes}, headers=auth)
            post_ms = (time.perf_counter() - sent) * 1000
            response.raise_for_status()
            done, _ = await asyncio.wait(futures, timeout=RECEIVE_DEADLINE)
            latencies = [(f.result() - sent) * 1000 for f in done if f.exception() is None]
            result.rounds.append(
                Round(server, minutes, post_ms, sorted(latencies), started, time.time())
            )
            await asyncio.sleep(1)
        reset = f"{servers[0].base}/api/v1/events/{EVENT}/tracks/{TRACK}/live/late"
        await client.post(reset, json={"minutes": 0}, headers=auth)
    for stream in streams:
        if stream.transport is not None:
            stream.transport.close()
    return result


def _raise_fd_limit(wanted: int) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(wanted, hard), hard))


def run(subscribers: int = SUBSCRIBERS, rounds: int = ROUNDS) -> Result:
    _raise_fd_limit(subscribers + 1024)
    work = Path(tempfile.mkdtemp(prefix="sessions-live-bench-"))
    with fresh_postgres() as database_url, empty_redis_db() as redis_url:
        env = {
            **os.environ,
            "DATABASE_URL": database_url,
            "REDIS_URL": redis_url,
            "SESSIONS_PUBLIC_URL": "https://bench.example.org",
        }
        env.pop("SESSIONS_METRICS", None)
        _cli(env, "migrate")
        _cli(env, "demo")
        token = (
            _cli(env, "create-organiser", "organiser@demo.sessions.invalid")
            .strip()
            .splitlines()[-1]
        )
        servers: list[Server] = []
        stop = multiprocessing.Event()
        samples: multiprocessing.Queue = multiprocessing.Queue()
        poller: multiprocessing.Process | None = None
        try:
            servers = [Server(env, work / f"server{i}.log") for i in range(2)]
            poller = multiprocessing.Process(
                target=_poll_health,
                args=([s.base + "/health/live" for s in servers], samples, stop),
                daemon=True,
            )
            poller.start()
            time.sleep(1)
            result = asyncio.run(measure(servers, token, subscribers, rounds))
            stop.set()
            result.health = samples.get(timeout=30)
            poller.join(10)
        finally:
            stop.set()
            if poller is not None and poller.is_alive():
                poller.kill()
            for server in servers:
                server.stop()
    print_result(result)
    return result


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _health_line(name: str, samples: list[float]) -> str:
    if not samples:
        return f"{name:<34} no samples"
    over = sum(1 for ms in samples if ms > 50)
    return (
        f"{name:<34} n={len(samples):>5}  p50 {statistics.median(samples):6.1f} ms  "
        f"p99 {_pct(samples, 0.99):6.1f} ms  max {max(samples):7.1f} ms  over 50 ms: {over}"
    )


def print_result(r: Result) -> None:
    print(
        f"\n== live fan-out: {r.subscribers:,} SSE subscribers on /api/v1/events/{EVENT}/live, "
        "2 `sessions serve` processes, PostgreSQL + Redis =="
    )
    print(f"streams open (hello received): {r.opened:,} of {r.subscribers:,} in {r.open_s:.1f} s")
    for i, (before, after) in enumerate(zip(r.rss_before_kib, r.rss_after_kib, strict=True)):
        print(f"server {i}: RSS {before / 1024:.0f} MiB -> {after / 1024:.0f} MiB")
    grown = sum(r.rss_after_kib) - sum(r.rss_before_kib)
    if r.opened:
        print(f"memory per open stream: {grown / r.opened:.1f} KiB (RSS growth / streams)")
    print(
        f"{'round':<6} {'POST to':>7} {'minutes':>7} {'POST ms':>8} {'received':>9} "
        f"{'p50 ms':>7} {'p99 ms':>7} {'max ms':>7}"
    )
    for i, rd in enumerate(r.rounds, 1):
        lat = rd.latencies_ms
        print(
            f"{i:<6} {'server ' + str(rd.server):>7} {rd.minutes:>7} {rd.post_ms:>8.1f} "
            f"{len(lat):>5,}/{r.opened:<5,} {_pct(lat, 0.5):>5.0f} {_pct(lat, 0.99):>7.0f} "
            f"{max(lat) if lat else float('nan'):>7.0f}"
        )
    opening = [ms for t, _, ms in r.health if r.open_window[0] <= t <= r.open_window[1]]
    fanning = [ms for t, _, ms in r.health if any(rd.started <= t <= rd.ended for rd in r.rounds)]
    print(
        "GET /health/live on both servers (from another process, every "
        f"{HEALTH_EVERY * 1000:.0f} ms; target: none over 50 ms):"
    )
    print(_health_line("  while the streams opened", opening))
    print(_health_line("  while the rounds fanned out", fanning))
    print(_health_line("  all", [ms for _, _, ms in r.health]))
    print("latency: from sending the POST to the client reading the message on each stream")


if __name__ == "__main__":
    run(int(sys.argv[1]) if len(sys.argv) > 1 else SUBSCRIBERS)
