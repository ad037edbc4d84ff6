"""The wheel carries the web app (hatch_build.py), built from a clean clone.

A clone of the current commit has no src/sessions/http/static/ (it is gitignored) and no
frontend/node_modules, as in CI or on a packager's machine: `pip wheel .` must run npm and put
the built app into the wheel. Uncommitted changes are not part of the clone. npm ci reads
the packages from the npm cache (~/.npm) when they are there, so this takes seconds.
Node.js 20+ and git are required: without them these tests fail, they are never skipped.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import sessions
from sessions.http.controllers import web

ROOT = Path(__file__).resolve().parents[2]


def _require(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.fail(f"{tool} is not installed: the wheel test needs git and Node.js 20+ (npm)")
    return path


def _clone(tmp_path: Path) -> Path:
    git = _require("git")
    commit = subprocess.run(
        [git, "-C", str(ROOT), "rev-parse", "HEAD"], check=True, capture_output=True, text=True
    ).stdout.strip()
    clone = tmp_path / "clone"
    subprocess.run([git, "clone", "--quiet", "--no-checkout", str(ROOT), str(clone)], check=True)
    subprocess.run([git, "-C", str(clone), "checkout", "--quiet", commit], check=True)
    assert not (clone / "src/sessions/http/static").exists(), "the static folder is gitignored"
    return clone


def _pip_wheel(clone: Path, out: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    # With build isolation: pip fetches the build-system requirements (hatchling) as a
    # packager's build would; its wheel cache makes that quick after the first time.
    return subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), "."],
        cwd=clone,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_wheel_carries_the_built_web_app(tmp_path: Path) -> None:
    _require("npm")
    clone = _clone(tmp_path)
    env = {k: v for k, v in os.environ.items() if k != "SESSIONS_SKIP_WEB_BUILD"}

    built = _pip_wheel(clone, tmp_path / "out", env)
    assert built.returncode == 0, built.stdout + built.stderr

    (wheel,) = (tmp_path / "out").glob("sessions-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        # Where the installed app looks for its assets (controllers/web.py), inside the wheel.
        static = web.STATIC.relative_to(Path(sessions.__file__).parent.parent).as_posix()
        assert static == "sessions/http/static"
        assert f"{static}/index.html" in names, sorted(names)
        assets = sorted(n for n in names if n.startswith(f"{static}/assets/"))
        hashed = re.compile(rf"^{static}/assets/[\w.-]+-[\w-]{{6,}}\.(js|css)$")
        kinds = {m.group(1) for n in assets if (m := hashed.match(n))}
        assert kinds == {"js", "css"}, assets
        # Every asset the page loads is in the wheel.
        index = archive.read(f"{static}/index.html").decode()
        loaded = re.findall(r'(?:src|href)="/assets/([^"]+)"', index)
        assert loaded, index
        for name in loaded:
            assert f"{static}/assets/{name}" in names, (name, assets)


def test_without_npm_the_build_fails_and_says_why(tmp_path: Path) -> None:
    clone = _clone(tmp_path)
    env = {k: v for k, v in os.environ.items() if k != "SESSIONS_SKIP_WEB_BUILD"}
    env["PATH"] = str(tmp_path / "empty")  # no npm (nor anything else) to be found

    built = _pip_wheel(clone, tmp_path / "out", env)
    assert built.returncode != 0
    assert "npm is not installed" in built.stdout + built.stderr
    assert not list((tmp_path / "out").glob("*.whl"))
