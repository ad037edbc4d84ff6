"""What to do when ../shared (the conformance kit every session and CI has) is missing.

On a laptop without it, the checks that run the kit are skipped with the reason
below. CI sets SESSIONS_REQUIRE_KIT=1 (`.ci/run`), and then a missing kit is a
failure: there, a skip would hide that the calendars were never checked.
"""

from __future__ import annotations

import os

import pytest


def kit_missing(reason: str) -> None:
    if os.environ.get("SESSIONS_REQUIRE_KIT") == "1":
        pytest.fail(f"{reason}; SESSIONS_REQUIRE_KIT=1 forbids skipping it")
    pytest.skip(reason)
