"""Over HTTP, with the production server and wrk on loopback: our hot paths against the static floor."""

from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from bench.faults import free_port

DURATION = os.environ.get("BENCH_DURATION", "5s")
CONNECTIONS = os.environ.get("BENCH_CONNECTIONS", "8")


@dataclass
class Load:
    median_ms: float
    p99_ms: float
    rps: float


def _ms(text: str) -> float:
    value, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()  # type: ignore[union-attr]
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def wrk(url: str, headers: dict[str, str] | None = None) -> Load:
    """A bounded load: one wrk thread, a fixed number of connections, a fixed duration."""
    args = ["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{DURATION}", "--latency", url]
    for name, value in (headers or {}).items():
        args[1:1] = ["-H", f"{name}: {value}"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    p50 = re.search(r"^\s+50%\s+(\S+)", out, re.M)
    p99 = re.search(r"^\s+99%\s+(\S+)", out, re.M)
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if non2xx:
        raise RuntimeError(f"{url}: {non2xx.group(1)} error responses under load\n{out}")
    return Load(_ms(p50.group(1)), _ms(p99.group(1)), float(rps.group(1)))  # type: ignore[union-attr]


def get(
    url: str, headers: dict[str, str] | None = None, method: str = "GET", body: bytes | None = None
) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, headers=headers or {}, method=method, data=body)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


class Server:
    def __init__(self, database_url: str, workers: int, static_dir: Path) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {
            **os.environ,
            "DATABASE_URL": database_url,
            "SESSIONS_BENCH_STATIC_DIR": str(static_dir),
            "SESSIONS_PUBLIC_URL": "https://bench.example.org",
        }
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "sessions.cli",
                "serve",
                "--port",
                str(self.port),
                "--workers",
                str(workers),
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if get(self.base + "/health")[0] == 200:
                    return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("server did not start")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


def token(database_url: str) -> str:
    out = subprocess.run(
        [sys.executable, "-m", "sessions.cli", "create-organiser", "bench@example.org"],
        env={**os.environ, "DATABASE_URL": database_url},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return out.strip().splitlines()[-1]


def run(database_url: str, workers: int) -> list[tuple[str, Load, Load | None, float]]:
    """Rows of (path, ours, floor, cold first-request ms)."""
    static = Path(tempfile.mkdtemp(prefix="sessions-floor-"))
    server = Server(database_url, workers, static)
    rows = []
    try:
        base = server.base
        agenda = json.loads(get(base + "/api/v1/events/bench/agenda?track=online")[2])
        session_id = agenda["days"][0]["sessions"][0]["id"]
        paths = {
            "agenda JSON": "/api/v1/events/bench/agenda?tz=America/New_York",
            "event .ics": "/events/bench.ics",
            "track .ics": "/events/bench/tracks/online.ics",
            "session invite": f"/events/bench/sessions/{session_id}.ics?track=online",
        }
        for name, path in paths.items():
            t0 = time.perf_counter()
            status, headers, body = get(base + path)
            cold = (time.perf_counter() - t0) * 1000
            assert status == 200, (path, status)
            floor_name = re.sub(r"\W+", "-", name) + (".json" if "JSON" in name else ".ics")
            (static / floor_name).write_bytes(body)
            for _ in range(workers * 4):  # every worker has rendered it once
                get(base + path)
            rows.append((name, wrk(base + path), wrk(f"{base}/_floor/{floor_name}"), cold))
            if name == "event .ics":
                etag = headers["etag"]
                rows.append(
                    ("event .ics 304", wrk(base + path, {"If-None-Match": etag}), rows[-1][2], 0.0)
                )
        # After one session changed: the feed re-renders one component, not a thousand.
        auth = {
            "Authorization": f"Bearer {token(database_url)}",
            "Content-Type": "application/json",
        }
        changed = []
        for i in range(15):
            status, _, _ = get(
                f"{base}/api/v1/events/bench/sessions/{session_id}",
                auth,
                "PATCH",
                json.dumps({"title": f"Session 1, edit {i}"}).encode(),
            )
            assert status == 200, status
            t0 = time.perf_counter()
            assert get(base + "/events/bench.ics")[0] == 200
            changed.append((time.perf_counter() - t0) * 1000)
        floor = next(r[2] for r in rows if r[0] == "event .ics")
        rows.append(
            (
                "event .ics after 1 change",
                Load(statistics.median(changed), max(changed), 0.0),
                floor,
                0.0,
            )
        )
    finally:
        server.stop()
        shutil.rmtree(static, ignore_errors=True)
    return rows


def print_rows(workers: int, rows: list[tuple[str, Load, Load | None, float]]) -> None:
    print(f"\n== HTTP, {workers} worker(s), wrk -t1 -c{CONNECTIONS} -d{DURATION} on loopback ==")
    print(
        f"{'path':<28} {'cold ms':>8} {'p50 ms':>8} {'p99 ms':>8} {'req/s':>8}   {'floor p50':>9} {'floor req/s':>11} {'p50 ratio':>9}"
    )
    for name, ours, floor, cold in rows:
        ratio = ours.median_ms / floor.median_ms if floor else float("nan")
        cold_text = f"{cold:>8.1f}" if cold else f"{'':>8}"
        rps = f"{ours.rps:>8.0f}" if ours.rps else f"{'':>8}"
        print(
            f"{name:<28} {cold_text} {ours.median_ms:>8.2f} {ours.p99_ms:>8.2f} {rps}   "
            f"{floor.median_ms if floor else float('nan'):>9.2f} {floor.rps if floor else 0:>11.0f} {ratio:>9.2f}"
        )
