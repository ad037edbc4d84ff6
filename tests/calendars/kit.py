"""The conformance kit (icscheck, schedcheck) run as subprocesses, and small readers of our output.

The kit lives in SESSIONS_SHARED_DIR (by default the `shared` folder beside
the repository), as in tests/renderers. Without it only the tests that run
its tools are skipped, saying why. icscheck starts a Python process per
parser and file, so callers batch several files into one run and may start
several runs at once (`Kit.run_all`): while khal is still reading one file
the other core has work.

Every test runs on SQLite and on PostgreSQL, and the two renderings of the
same data differ only in the UUIDs the databases gave out and in the clock's
DTSTAMP/LAST-MODIFIED stamps. A run whose documents and arguments equal, up
to a consistent renaming of UUIDs and those stamps (and with the same
physical lines, so the same folds), a run that passed earlier in this pytest
session is not repeated: its report is reused with the UUIDs and folder put
back. Schedules are compared byte for byte. SESSIONS_KIT_RECHECK=1 runs
everything.
"""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tests.shared_kit import kit_missing

SHARED_DIR = Path(
    os.environ.get("SESSIONS_SHARED_DIR", Path(__file__).resolve().parents[2].parent / "shared")
)
ICSCHECK = SHARED_DIR / "tools" / "icscheck"
SCHEDCHECK = SHARED_DIR / "tools" / "schedcheck"
ICS_TYPE = "text/calendar; charset=utf-8"
NO_KHAL = ("--skip", "parse:khal")


# ---------------------------------------------------------------------------
# Running the tools
# ---------------------------------------------------------------------------


@dataclass
class KitResult:
    command: list[str]
    returncode: int
    output: str

    @property
    def failures(self) -> list[str]:
        return [line for line in self.output.splitlines() if line.startswith("FAIL")]

    def passed(self, check: str) -> list[str]:
        """The PASS lines of one check (e.g. `expect-utc:<uid>`, `itip-sequence`)."""
        return [
            line
            for line in self.output.splitlines()
            if line.startswith("PASS") and f": {check}: " in line
        ]

    def assert_ok(self) -> None:
        summary = self.output.strip().splitlines()[-1:] or ["(no output)"]
        assert self.returncode == 0 and not self.failures, (
            f"{Path(self.command[1]).name} failed ({summary[0]}):\n{self.output}"
        )
        assert "0 failed" in summary[0], self.output


@dataclass
class Job:
    """One run of a kit tool: files (name -> bytes, in order) and extra arguments."""

    tool: Path
    files: Mapping[str, bytes]
    args: Sequence[str] = field(default_factory=tuple)


def expect_utc(uid: str, start: str, end: str) -> tuple[str, str]:
    """icscheck's `--expect-utc` for an event, from API times such as 2024-12-18T15:45:00+03:00."""
    return ("--expect-utc", f"{uid}={utc_stamp(start)}/{utc_stamp(end)}")


def utc_stamp(moment: str | datetime) -> str:
    instant = datetime.fromisoformat(moment) if isinstance(moment, str) else moment
    assert instant.utcoffset() is not None, f"{moment!r} carries no offset"
    return instant.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _require(tool: Path) -> None:
    if not tool.exists():
        kit_missing(
            f"conformance kit not found at {tool} (set SESSIONS_SHARED_DIR to the folder "
            "holding tools/icscheck and tools/schedcheck)"
        )


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_STAMP = re.compile(rb"^(DTSTAMP|LAST-MODIFIED|CREATED)(;[^:\r\n]*)?:\d{8}T\d{6}Z(?=\r\n)", re.M)
_PASSED: dict[Any, tuple[str, dict[str, str], str]] = {}  # signature -> report, UUIDs, folder


def _signature(job: Job) -> tuple[Any, dict[str, str]]:
    """What a run's verdict depends on, with UUIDs renamed in order of appearance."""
    names: dict[str, str] = {}

    def rename(match: re.Match[str]) -> str:
        return names.setdefault(match.group(0), f"{len(names):08x}-0000-4000-8000-000000000000")

    documents = []
    for name, data in job.files.items():
        if data.startswith(b"BEGIN:VCALENDAR"):
            physical = tuple(len(line) for line in data.split(b"\r\n"))
            unfolded = data.replace(b"\r\n ", b"").replace(b"\r\n\t", b"")
            unfolded = _STAMP.sub(rb"\1\2:STAMP", unfolded)
            text = _UUID.sub(rename, unfolded.decode("utf-8", errors="surrogateescape"))
            documents.append((name, physical, text))
        else:
            documents.append((name, None, data))
    args = tuple(_UUID.sub(rename, a) for a in job.args)
    return (str(job.tool), tuple(documents), args), names


def _reuse(report: str, then: dict[str, str], folder: str, now: dict[str, str], here: str) -> str:
    back = {placeholder: uuid for uuid, placeholder in now.items()}
    renamed = _UUID.sub(lambda m: back.get(then.get(m.group(0), ""), m.group(0)), report)
    return renamed.replace(folder, here)


class Kit:
    """Writes documents into a folder and runs the kit's tools over them."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._runs = 0

    def _command(self, job: Job) -> tuple[list[str], Path]:
        _require(job.tool)
        self._runs += 1
        where = self.folder / f"run-{self._runs}"
        where.mkdir(parents=True)
        paths = []
        for name, data in job.files.items():
            path = where / name
            path.write_bytes(data)
            paths.append(str(path))
        assert paths, "nothing to check"
        return [sys.executable, str(job.tool), *paths, *job.args], where

    def run_all(self, jobs: Iterable[Job], timeout: float = 600) -> list[KitResult]:
        """Start every job at once (but those that passed before); wait for all of them."""
        recheck = os.environ.get("SESSIONS_KIT_RECHECK", "") not in ("", "0")
        planned = []
        for job in jobs:
            command, where = self._command(job)
            signature, names = _signature(job)
            earlier = None if recheck else _PASSED.get(signature)
            process = None
            if earlier is None:
                process = subprocess.Popen(
                    command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
                )
            planned.append((command, where, signature, names, earlier, process))
        results = []
        for command, where, signature, names, earlier, process in planned:
            if process is None:
                report, then, folder = earlier
                output = _reuse(report, then, folder, names, str(where))
                results.append(KitResult(command, 0, output))
                continue
            try:
                output, _ = process.communicate(timeout=timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                output, _ = process.communicate()
                output += f"\nFAIL timed out after {timeout} s"
            result = KitResult(command, process.returncode, output)
            if result.returncode == 0 and not result.failures:
                _PASSED[signature] = (output, names, str(where))
            results.append(result)
        return results

    def icscheck(self, files: Mapping[str, bytes], *args: str) -> KitResult:
        return self.run_all([Job(ICSCHECK, files, args)])[0]

    def schedcheck(self, files: Mapping[str, bytes], *args: str) -> KitResult:
        return self.run_all([Job(SCHEDCHECK, files, args)])[0]

    def check_all(self, jobs: Iterable[Job]) -> list[KitResult]:
        """`run_all`, asserting that every run passed."""
        results = self.run_all(jobs)
        for result in results:
            result.assert_ok()
        return results


# ---------------------------------------------------------------------------
# Reading our iCalendar output (assertions only; the kit does the validating)
# ---------------------------------------------------------------------------


def unfold(body: bytes) -> list[str]:
    """The content lines, unfolded at the byte level (RFC 5545 3.1), decoded."""
    return body.replace(b"\r\n ", b"").replace(b"\r\n\t", b"").decode().split("\r\n")[:-1]


@dataclass(frozen=True)
class Line:
    name: str
    params: str  # the raw ";A=B;C=D" part, without the leading ';'
    value: str

    @property
    def text(self) -> str:
        """A TEXT value unescaped (RFC 5545 3.3.11)."""
        return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), self.value)


_LINE = re.compile(r'^([A-Za-z0-9-]+)((?:;[^:;"]+=(?:"[^"]*"|[^:;"]*)(?:,[^:;"]*)*)*):(.*)$')


def parse_line(line: str) -> Line:
    match = _LINE.match(line)
    assert match, f"not a content line: {line!r}"
    return Line(match.group(1).upper(), match.group(2)[1:], match.group(3))


@dataclass(frozen=True)
class Component:
    name: str
    lines: tuple[Line, ...]

    def all(self, name: str) -> list[Line]:
        return [line for line in self.lines if line.name == name]

    def one(self, name: str) -> Line:
        found = self.all(name)
        assert len(found) == 1, f"{self.name} has {len(found)} {name}: {self.lines}"
        return found[0]

    def value(self, name: str) -> str | None:
        found = self.all(name)
        return found[0].value if found else None

    def raw(self, name: str) -> str:
        """`NAME;PARAMS:VALUE` of the one property called `name`."""
        line = self.one(name)
        return f"{line.name};{line.params}:{line.value}" if line.params else f"{name}:{line.value}"


def components(body: bytes, kind: str = "VEVENT") -> list[Component]:
    """Every `kind` component's own lines (not those of sub-components such as VALARM)."""
    found, stack = [], []
    for text in unfold(body):
        line = parse_line(text)
        if line.name == "BEGIN":
            stack.append((line.value, []))
        elif line.name == "END":
            name, lines = stack.pop()
            assert name == line.value, f"END:{line.value} closes {name}"
            if name == kind:
                found.append(Component(name, tuple(lines)))
        elif stack:
            stack[-1][1].append(line)
    assert not stack
    return found


def calendar_props(body: bytes) -> Component:
    """The VCALENDAR's own properties."""
    return components(body, "VCALENDAR")[0]


def by_uid(body: bytes) -> dict[str, Component]:
    events = components(body)
    result = {e.one("UID").value: e for e in events}
    assert len(result) == len(events), "a UID repeats"
    return result


def plain_text(body: bytes) -> str:
    """Everything a reader could see: unfolded, unescaped, entities decoded."""
    try:
        text = "\n".join(unfold(body)) if body.startswith(b"BEGIN:VCALENDAR") else body.decode()
    except UnicodeDecodeError:  # pragma: no cover - the kit reports bad UTF-8
        text = body.decode(errors="replace")
    text = text.replace("\\n", "\n").replace("\\N", "\n")
    text = re.sub(r"\\(.)", r"\1", text)
    return html.unescape(text)


__all__ = [
    "ICSCHECK",
    "ICS_TYPE",
    "NO_KHAL",
    "SCHEDCHECK",
    "Component",
    "Job",
    "Kit",
    "KitResult",
    "Line",
    "by_uid",
    "calendar_props",
    "components",
    "expect_utc",
    "plain_text",
    "unfold",
    "utc_stamp",
]
