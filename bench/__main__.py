"""`python -m bench [--sessions N] [--database URL] [--only STEP]`: the benchmark of the hot paths.

Builds an event of N sessions x 4 segments in 10 rooms and 2 tracks, then
prints (1) in-process render costs against their floors, with SQL query
counts and the 100 / 1,000 / 10,000 scale curve, and (2) over HTTP with the
production server and wrk, one and two workers: agenda JSON, the event's
.ics, one track's .ics, one session's invite, the 304 path and the feed
after one session changed, each against the same bytes served as a static
file by the same server, and (3) `/conflicts` on 10,000 sessions piled into
one room while `/health/live` is polled (bench/conflicts.py), and (4) live fan-out: 5,000
attendees' streams over two processes on PostgreSQL and Redis, "running late" to each of them
(bench/live_fanout.py; needs both on 127.0.0.1).

(5) the slot finder for 50 zones at 5-minute steps (bench/slots.py).

(6) bytes on the wire: each feed, export and agenda raw, Brotli and gzip, and what a
compressed read costs (bench/wire.py).

`--only inprocess|http|conflicts|live|slots|wire` runs one step alone.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile

from bench import conflicts, http, inprocess, live_fanout, slots, wire
from bench.bigevent import build


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument(
        "--database", default=None, help="SQLAlchemy URL (default: a temp SQLite file)"
    )
    parser.add_argument("--skip-scale", action="store_true")
    parser.add_argument(
        "--only",
        choices=["inprocess", "http", "conflicts", "live", "slots", "wire"],
        help="run this step alone",
    )
    args = parser.parse_args()
    url = (
        args.database
        or f"sqlite+aiosqlite:///{tempfile.mkdtemp(prefix='sessions-bench-')}/bench.db"
    )

    if args.only in (None, "inprocess"):
        sizes = [args.sessions] if args.skip_scale else sorted({100, args.sessions, 10_000})
        results = []
        for n in sizes:
            results.append((n, asyncio.run(inprocess.measure(url, n, 7 if n <= 1000 else 3))))
        inprocess.print_results(results)

    if args.only in (None, "http"):
        asyncio.run(build(url, args.sessions))
        for workers in (1, 2):
            http.print_rows(workers, http.run(url, workers))

    if args.only in (None, "conflicts"):
        conflicts.run(url)

    if args.only in (None, "live"):
        live_fanout.run()

    if args.only in (None, "slots"):
        slots.run()

    if args.only in (None, "wire"):
        wire.run(url, args.sessions)

    print(
        f"\n(machine: {os.cpu_count()} CPUs; medians of repeated runs; ratios are within one run)"
    )


if __name__ == "__main__":
    main()
