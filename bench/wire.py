"""Bytes on the wire: each feed, export and agenda of a large event, as sent to a client that
takes Brotli, gzip or neither, and what a compressed read costs.

`python -m bench --only wire [--sessions N]` builds the event (published, N sessions x 4
segments), then, in-process (Litestar's test client, no network): per path, the raw bytes,
the Brotli and gzip bytes and their share of the raw (target: at most 5%); the first
compressed read after a change (which compresses) and the median of repeat reads, each
against the median repeat read of the uncompressed bytes in the same run.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from litestar.testing import AsyncTestClient

from bench.bigevent import build
from sessions.config import Settings
from sessions.http.app import create_app

REPEAT = 15
PATHS = {
    "event .ics": "/events/bench.ics",
    "track .ics": "/events/bench.ics?track=online",
    "frab XML": "/events/bench/schedule.xml",
    "frab JSON": "/events/bench/schedule.json",
    "agenda JSON": "/api/v1/events/bench/agenda",
}


async def _read(client: AsyncTestClient, path: str, accept: str) -> tuple[float, int, str]:
    started = time.perf_counter()
    async with client.stream("GET", path, headers={"Accept-Encoding": accept}) as response:
        raw = b"".join([chunk async for chunk in response.aiter_raw()])
        assert response.status_code == 200, (path, response.status_code)
        coding = response.headers.get("content-encoding", "identity")
    return (time.perf_counter() - started) * 1000, len(raw), coding


async def measure(database_url: str, n_sessions: int) -> list[tuple]:
    await build(database_url, n_sessions)
    settings = Settings(
        database_url=database_url,
        data_dir=Path(tempfile.mkdtemp(prefix="sessions-wire-")),
        public_url="https://bench.example.org",
        migrate_on_start=False,
    )
    rows = []
    async with AsyncTestClient(app=create_app(settings), base_url="http://bench") as client:
        for name, path in PATHS.items():
            await _read(client, path, "identity")  # rendered and cached: compression alone is left
            first_br, _, _ = await _read(client, path, "br")
            first_gz, _, _ = await _read(client, path, "gzip")
            plain = [await _read(client, path, "identity") for _ in range(REPEAT)]
            br = [await _read(client, path, "br") for _ in range(REPEAT)]
            gz = [await _read(client, path, "gzip") for _ in range(REPEAT)]
            assert {c for _, _, c in br} == {"br"} and {c for _, _, c in gz} == {"gzip"}
            rows.append(
                (
                    name,
                    plain[0][1],
                    br[0][1],
                    gz[0][1],
                    statistics.median(t for t, _, _ in plain),
                    first_br,
                    first_gz,
                    statistics.median(t for t, _, _ in br),
                    statistics.median(t for t, _, _ in gz),
                )
            )
    return rows


def print_rows(n_sessions: int, rows: list[tuple]) -> None:
    print(
        f"\n== bytes on the wire: {n_sessions:,} sessions (in-process; ms are medians of "
        f"{REPEAT}; ratios against the uncompressed repeat read) =="
    )
    print(
        f"{'path':<12} {'raw':>10} {'br':>9} {'br %':>6} {'gzip':>9} {'gz %':>6} "
        f"{'raw ms':>7} {'1st br':>7} {'1st gz':>7} {'br ms':>6} {'x':>5} {'gz ms':>6} {'x':>5}"
    )
    for name, raw, br, gz, plain_ms, first_br, first_gz, br_ms, gz_ms in rows:
        print(
            f"{name:<12} {raw:>10,} {br:>9,} {br / raw:>6.1%} {gz:>9,} {gz / raw:>6.1%} "
            f"{plain_ms:>7.2f} {first_br:>7.1f} {first_gz:>7.1f} {br_ms:>6.2f} "
            f"{br_ms / plain_ms:>5.2f} {gz_ms:>6.2f} {gz_ms / plain_ms:>5.2f}"
        )
    print(
        "target: every path at most 5% of its raw bytes on the wire, repeat reads at the same latency"
    )


def run(database_url: str, n_sessions: int) -> None:
    print_rows(n_sessions, asyncio.run(measure(database_url, n_sessions)))
