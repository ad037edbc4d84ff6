"""Fixtures for the renderer tests, and the conformance kit run as subprocesses.

The domain values themselves are built in `examples.py`. The kit is found in
SESSIONS_SHARED_DIR, by default the `shared` folder beside the repository;
without it, only the tests that run its tools are skipped, saying why.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from sessions.domain.model import Event, Session
from sessions.renderers.base import RenderOptions
from tests.shared_kit import kit_missing

from .examples import (
    HOST,
    ICSCHECK,
    IGF,
    NOW,
    SCHEDCHECK,
    EventData,
    igf_neighbours,
    igf_tracks,
    season_events,
    tccm_session,
)
from .world_examples import world

# ---------------------------------------------------------------------------
# Fixtures
# ---------------------------------------------------------------------------


@pytest.fixture
def options() -> Callable[..., RenderOptions]:
    def make(**changes) -> RenderOptions:
        base = {"now": NOW, "host": HOST, "base_url": "https://sessions.example.org"}
        base.update(changes)
        return RenderOptions(**base)

    return make


@pytest.fixture
def igf() -> EventData:
    return EventData(IGF, igf_tracks(), (tccm_session(), *igf_neighbours()))


@pytest.fixture
def tccm() -> Session:
    return tccm_session()


@pytest.fixture(scope="session")
def world_events() -> tuple[EventData, ...]:
    return world()


@pytest.fixture
def season() -> tuple[Event, ...]:
    return season_events()


# ---------------------------------------------------------------------------
# The conformance kit
# ---------------------------------------------------------------------------


@dataclass
class KitResult:
    returncode: int
    output: str

    @property
    def failures(self) -> list[str]:
        return [line for line in self.output.splitlines() if line.startswith("FAIL")]


def _run_kit(tool: Path, args: Sequence[str], timeout: float) -> KitResult:
    if not tool.exists():
        kit_missing(
            f"conformance kit not found at {tool} (set SESSIONS_SHARED_DIR to the folder "
            "holding tools/icscheck and tools/schedcheck)"
        )
    done = subprocess.run(
        [sys.executable, str(tool), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    return KitResult(done.returncode, done.stdout + done.stderr)


@pytest.fixture
def icscheck(tmp_path: Path) -> Callable[..., KitResult]:
    """Write calendars to files (in order) and run the kit's icscheck on them."""
    counter = iter(range(1_000_000))

    def run(
        files: dict[str, bytes] | Sequence[bytes], *args: str, timeout: float = 600
    ) -> KitResult:
        items = (
            files.items()
            if isinstance(files, dict)
            else ((f"calendar-{next(counter)}.ics", data) for data in files)
        )
        paths = []
        for name, data in items:
            path = tmp_path / name
            path.write_bytes(data)
            paths.append(str(path))
        return _run_kit(ICSCHECK, [*paths, *args], timeout)

    return run


@pytest.fixture
def schedcheck(tmp_path: Path) -> Callable[..., KitResult]:
    def run(files: dict[str, bytes], *args: str, timeout: float = 300) -> KitResult:
        paths = []
        for name, data in files.items():
            path = tmp_path / name
            path.write_bytes(data)
            paths.append(str(path))
        return _run_kit(SCHEDCHECK, [*paths, *args], timeout)

    return run
