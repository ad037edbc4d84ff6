"""Hatch build hook: the wheel carries the web app.

`npm run build` in frontend/ writes the web app into src/sessions/http/static/, which git
ignores; `[tool.hatch.build.targets.wheel] artifacts` puts it into the wheel all the same.
This hook makes sure it is there and current before the wheel is built:

- assets missing, or older than the frontend's sources: build them with npm
  (`npm ci` first when node_modules is missing or older than package-lock.json);
- assets missing and no npm: fail, saying how to fix it;
- assets older than the sources and no npm: warn, and ship them as they are (the container's
  Python stage gets its assets from the Node stage and has neither npm nor frontend/).

SESSIONS_SKIP_WEB_BUILD=1 never runs npm and allows a wheel without the web app (development
only: it answers /e/... with "The web app is not built yet"). Editable installs
(`pip install -e .`, scripts/bootstrap) never run npm: the app serves src/ as it is there.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

STATIC = Path("src/sessions/http/static")
FRONTEND = Path("frontend")
# What `npm run build` reads (scripts/build-web compares the same files).
SOURCES = ("src", "public", "index.html", "package.json", "package-lock.json", "vite.config.ts")


class WebAppBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        root = Path(self.root)
        index = root / STATIC / "index.html"
        frontend = root / FRONTEND

        if os.environ.get("SESSIONS_SKIP_WEB_BUILD") == "1":
            if not index.is_file():
                self.app.display_warning(
                    "SESSIONS_SKIP_WEB_BUILD=1: this wheel has no web app "
                    "(for development only; never ship it)"
                )
            return

        newer = _newest_source(frontend)
        if index.is_file() and (newer is None or newer <= index.stat().st_mtime):
            return  # built, and no source changed since

        npm = shutil.which("npm")
        if npm is None:
            if index.is_file():
                self.app.display_warning(
                    f"{STATIC}/ is older than frontend/ and npm is not installed: "
                    "the wheel carries the web app as it was last built"
                )
                return
            raise RuntimeError(
                f"The web app is not built ({STATIC}/index.html is missing) and npm is not "
                "installed, so this wheel would answer /e/... with 'The web app is not built "
                "yet'. Install Node.js 20+ (with npm) and build again, or run "
                "`npm ci && npm run build` in frontend/ first. "
                "SESSIONS_SKIP_WEB_BUILD=1 builds a wheel without the web app (development only)."
            )
        if not (frontend / "package.json").is_file():
            raise RuntimeError(
                f"The web app is not built ({STATIC}/index.html is missing) and there is no "
                f"{FRONTEND}/package.json to build it from."
            )

        self.app.display_info(f"building the web app ({FRONTEND}/ -> {STATIC}/) with npm")
        lock = frontend / "package-lock.json"
        installed = frontend / "node_modules" / ".package-lock.json"
        if not installed.is_file() or installed.stat().st_mtime < lock.stat().st_mtime:
            _npm(npm, frontend, "ci", "--no-audit", "--no-fund", "--prefer-offline")
        _npm(npm, frontend, "run", "build")
        if not index.is_file():
            raise RuntimeError(f"`npm run build` in {FRONTEND}/ did not write {STATIC}/index.html")


def _newest_source(frontend: Path) -> float | None:
    """The newest modification time among the web app's sources, or None without frontend/."""
    newest = None
    for name in SOURCES:
        top = frontend / name
        paths = top.rglob("*") if top.is_dir() else [top]
        for path in paths:
            if path.is_file():
                mtime = path.stat().st_mtime
                newest = mtime if newest is None else max(newest, mtime)
    return newest


def _npm(npm: str, cwd: Path, *args: str) -> None:
    command = [npm, *args]
    try:
        subprocess.run(command, cwd=cwd, check=True)
    except subprocess.CalledProcessError as error:
        raise RuntimeError(
            f"`npm {' '.join(args)}` in {cwd} failed (exit {error.returncode}); "
            "the web app needs Node.js 20.19+ (see frontend/package.json)"
        ) from error
