"""`GET /conflicts` on a 10,000-session event that double-books one room thousands of times.

The event is the benchmark's (10,000 sessions x 4 segments in 10 rooms), then
made as bad as an organiser's double import: 7,000 of its sessions piled into
"Hall A" on the first morning, one starting every 5 seconds (each overlaps
~540 others: ~3.8 million overlapping pairs), one speaker on every fifth
session, and 1,000 plans missing their online segment (1,000 gaps).

Over HTTP with the production server (one worker): the first `/conflicts` page
is fetched while another thread polls `/health/live` every 50 ms. Prints the
call's time, the server process's peak RSS during the call (Linux: its
VmHWM, the figure getrusage reports as ru_maxrss, reset before each call
through /proc/PID/clear_refs), and the health check's latency during the
call. First, in process: how long loading the sessions and find_conflicts
(in its worker thread, as the service runs it) take, and how long each holds
the event loop.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import statistics
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, timedelta
from pathlib import Path

from sqlalchemy import bindparam, delete, insert, select, update

from bench import http
from bench.bigevent import ZONE, build
from sessions.domain.clock import WallTime
from sessions.domain.conflicts import count_by_kind, find_conflicts
from sessions.domain.zones import get_zone
from sessions.persistence.database import create_engine, make_sessionmaker
from sessions.persistence.repositories.sessions import SessionRepository
from sessions.persistence.tables import (
    EventRow,
    PersonRow,
    SegmentRow,
    SessionPersonRow,
    SessionRow,
)

SLUG = "conflicts"
SESSIONS = 10_000
IN_HALL = 7_000  # piled into one room
EVERY = timedelta(seconds=5)  # between their starts; each lasts 45 minutes
SPEAKER_EVERY = 5
GAPS = 1_000
POLL = 0.05  # seconds between health checks


async def pile_up(database_url: str, slug: str = SLUG) -> None:
    """The benchmark event, then 7,000 sessions in one room, a busy speaker and some gaps."""
    await build(database_url, SESSIONS, slug=slug)
    engine = create_engine(database_url)
    zone = get_zone(ZONE)
    sessions = SessionRow.__table__
    async with make_sessionmaker(engine).begin() as db:
        event_id = (await db.execute(select(EventRow.id).where(EventRow.slug == slug))).scalar_one()
        ids = (
            (
                await db.execute(
                    select(SessionRow.id)
                    .where(SessionRow.event_id == event_id)
                    .order_by(SessionRow.start_utc, SessionRow.room)
                )
            )
            .scalars()
            .all()
        )
        first = (
            await db.execute(
                select(SessionRow.start_utc)
                .where(SessionRow.event_id == event_id)
                .order_by(SessionRow.start_utc)
                .limit(1)
            )
        ).scalar_one()
        first = first if first.tzinfo else first.replace(tzinfo=UTC)
        moves = []
        for i, session_id in enumerate(ids[-IN_HALL:]):
            start = first + i * EVERY
            s = WallTime.from_instant(start, zone)
            e = WallTime.from_instant(start + timedelta(minutes=45), zone)
            moves.append(
                {
                    "b_id": session_id,
                    "room": "Hall A",
                    "start_local": s.wall,
                    "start_fold": s.fold,
                    "end_local": e.wall,
                    "end_fold": e.fold,
                    "start_utc": start,
                    "end_utc": start + timedelta(minutes=45),
                }
            )
        await db.execute(
            update(sessions)
            .where(sessions.c.id == bindparam("b_id"))
            .values(
                room=bindparam("room"),
                start_local=bindparam("start_local"),
                start_fold=bindparam("start_fold"),
                end_local=bindparam("end_local"),
                end_fold=bindparam("end_fold"),
                start_utc=bindparam("start_utc"),
                end_utc=bindparam("end_utc"),
            ),
            moves,
        )
        person_id = uuid.uuid4()
        await db.execute(
            insert(PersonRow.__table__).values(
                id=person_id,
                event_id=event_id,
                key="ana@example.org",
                name="Ana Example",
                email="ana@example.org",
            )
        )
        await db.execute(
            insert(SessionPersonRow.__table__),
            [
                {"session_id": sid, "person_id": person_id, "role": "speaker", "position": 0}
                for sid in ids[::SPEAKER_EVERY]
            ],
        )
        # The online discussion (position 3) dropped from 1,000 plans: a 15-minute gap each.
        await db.execute(
            delete(SegmentRow).where(
                SegmentRow.session_id.in_(ids[:GAPS]), SegmentRow.position == 3
            )
        )
    await engine.dispose()


@dataclass
class InProcess:
    """Where the time goes, in process: the load and the domain, and how long each holds
    the event loop (the longest gap between ticks of a 2 ms ticker while it runs).
    """

    load_ms: float
    load_loop_ms: float
    domain_ms: float  # find_conflicts in a worker thread, as the service runs it
    domain_loop_ms: float
    kinds: dict[str, int]


async def _longest_hold(work) -> tuple[float, float, object]:
    """(ms taken, longest ms the event loop was held meanwhile, result) of awaiting `work`."""
    gaps: list[float] = [0.0]
    done = asyncio.Event()

    async def ticker() -> None:
        last = time.perf_counter()
        while not done.is_set():
            await asyncio.sleep(0.002)
            now = time.perf_counter()
            gaps.append((now - last) * 1000)
            last = now

    task = asyncio.create_task(ticker())
    await asyncio.sleep(0.01)
    t0 = time.perf_counter()
    result = await work
    taken = (time.perf_counter() - t0) * 1000
    done.set()
    await task
    return taken, max(gaps), result


async def in_process(database_url: str, slug: str = SLUG) -> InProcess:
    """The median of 3 of each: the service's load, then find_conflicts in a thread."""
    engine = create_engine(database_url)
    maker = make_sessionmaker(engine)
    loads, computes = [], []
    for _ in range(3):
        async with maker() as db:
            event_id = (
                await db.execute(select(EventRow.id).where(EventRow.slug == slug))
            ).scalar_one()
            loads.append(
                await _longest_hold(
                    SessionRepository(db).domain_for_event(event_id, get_zone(ZONE))
                )
            )
        sessions = loads[-1][2]
        computes.append(await _longest_hold(asyncio.to_thread(find_conflicts, sessions)))
    await engine.dispose()
    conflicts = computes[-1][2]
    return InProcess(
        statistics.median(t for t, _, _ in loads),
        statistics.median(g for _, g, _ in loads),
        statistics.median(t for t, _, _ in computes),
        statistics.median(g for _, g, _ in computes),
        {k.value: n for k, n in count_by_kind(conflicts).items()},  # type: ignore[arg-type]
    )


def _reset_peak(pid: int) -> bool:
    """Start VmHWM again from the current RSS (Linux 4.0+; needs to own the process)."""
    try:
        Path(f"/proc/{pid}/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _status_kib(pid: int, name: str) -> int | None:
    """VmHWM (peak resident set) or VmRSS of a live process, from /proc (Linux)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(name + ":"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


@dataclass
class Poller:
    """GET /health/live every POLL seconds on its own thread; (sent at, latency ms) pairs."""

    url: str
    samples: list[tuple[float, float]] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        while not self.stop.is_set():
            sent = time.perf_counter()
            try:
                status = http.get(self.url)[0]
            except OSError:
                status = 0
            latency = (time.perf_counter() - sent) * 1000
            self.samples.append((sent, latency if status == 200 else float("inf")))
            self.stop.wait(max(0.0, POLL - (time.perf_counter() - sent)))


@dataclass
class Call:
    ms: float
    status: int
    body_bytes: int
    total: int
    summary: dict[str, int]
    health_ms: list[float]
    rss_before_kib: int | None
    peak_kib: int | None  # None: the peak could not be reset, or no /proc


def call_with_health_polled(base: str, auth: dict[str, str], path: str, pid: int) -> Call:
    rss_before = _status_kib(pid, "VmRSS")
    reset = _reset_peak(pid)
    poller = Poller(base + "/health/live")
    thread = threading.Thread(target=poller.run, daemon=True)
    thread.start()
    time.sleep(0.3)  # a few polls before the call
    t0 = time.perf_counter()
    status, _, body = http.get(base + path, auth)
    t1 = time.perf_counter()
    peak = _status_kib(pid, "VmHWM") if reset else None
    time.sleep(0.1)
    poller.stop.set()
    thread.join()
    during = [ms for sent, ms in poller.samples if t0 <= sent <= t1]
    # A poll sent just before the call may be the one it held up: count it too.
    before = [ms for sent, ms in poller.samples if sent < t0]
    if before:
        during.insert(0, before[-1])
    parsed = json.loads(body) if status == 200 else {}
    return Call(
        (t1 - t0) * 1000,
        status,
        len(body),
        parsed.get("total", -1),
        parsed.get("summary", {}),
        during,
        rss_before,
        peak,
    )


def run(database_url: str) -> None:
    t0 = time.perf_counter()
    asyncio.run(pile_up(database_url))
    built_s = time.perf_counter() - t0
    alone = asyncio.run(in_process(database_url))
    static = Path(tempfile.mkdtemp(prefix="sessions-floor-"))
    server = http.Server(database_url, 1, static)
    try:
        auth = {"Authorization": f"Bearer {http.token(database_url)}"}
        pid = server.process.pid
        for _ in range(5):
            http.get(server.base + "/health/live")
        path = f"/api/v1/events/{SLUG}/conflicts"
        calls = [call_with_health_polled(server.base, auth, path, pid) for _ in range(3)]
        calls.append(
            call_with_health_polled(server.base, auth, path + "?limit=500&offset=1000", pid)
        )
    finally:
        server.stop()
        shutil.rmtree(static, ignore_errors=True)
    print_result(built_s, alone, calls)


def _mib(kib: int | None) -> str:
    return f"{kib / 1024:.0f}" if kib is not None else "n/a"


def print_result(built_s: float, alone: InProcess, calls: list[Call]) -> None:
    print(
        f"\n== /conflicts on {SESSIONS:,} sessions ({IN_HALL:,} piled into one room, "
        f"a speaker on every {SPEAKER_EVERY}th, {GAPS:,} plans with a gap), "
        "HTTP, 1 worker =="
    )
    print(f"event built in {built_s:.1f} s; conflicts by kind: {alone.kinds}")
    print(
        f"in process (median of 3): loading the sessions {alone.load_ms:.0f} ms, holding the "
        f"event loop up to {alone.load_loop_ms:.0f} ms; find_conflicts in a worker thread "
        f"{alone.domain_ms:.0f} ms, holding it up to {alone.domain_loop_ms:.0f} ms"
    )
    print(
        f"{'call':<22} {'status':>6} {'ms':>6} {'bytes':>8} {'total':>6} {'RSS MiB':>8} "
        f"{'peak MiB':>9} {'health n':>8} {'p50 ms':>7} {'max ms':>7}"
    )
    names = [f"first page, run {i + 1}" for i in range(len(calls) - 1)] + ["limit=500&offset=1000"]
    for name, call in zip(names, calls, strict=True):
        health = call.health_ms or [float("nan")]
        print(
            f"{name:<22} {call.status:>6} {call.ms:>6.0f} {call.body_bytes:>8,} {call.total:>6} "
            f"{_mib(call.rss_before_kib):>8} {_mib(call.peak_kib):>9} {len(call.health_ms):>8} "
            f"{statistics.median(health):>7.1f} {max(health):>7.1f}"
        )
    print(
        "RSS MiB: the server process before the call; peak MiB: its peak RSS during the call "
        "(VmHWM, reset before it);\nhealth: GET /health/live every "
        f"{POLL * 1000:.0f} ms from another thread while the call ran (latency median, max)"
    )
