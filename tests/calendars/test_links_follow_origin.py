"""With no public URL configured, links follow the origin each request used.

The rendered bytes are cached per event version, so the origin must be part of the cache key:
otherwise the first reader's host (any `Host` header) would be served to everyone after.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from sessions.config import Settings

IGF = "igf-2024"
OTHER = "http://other.test:9000"


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(
        database_url=database_url, data_dir=tmp_path, public_url=None, migrate_on_start=False
    )


def urls(body: bytes) -> set[str]:
    text = re.sub(r"\r?\n[ \t]", "", body.decode())
    return set(re.findall(r"^URL[^:]*:(\S+)", text, flags=re.MULTILINE))


def uids(body: bytes) -> set[str]:
    return set(re.findall(r"^UID:(\S+)", body.decode(), flags=re.MULTILINE))


@pytest.mark.parametrize(
    "path",
    [f"/events/{IGF}.ics", f"/events/{IGF}/tracks/online.ics", "/calendar.ics"],
)
async def test_each_origin_gets_its_own_links_and_the_same_uids(
    client: Any, demo: Any, path: str
) -> None:
    first = await client.get(OTHER + path)
    again = await client.get(path)  # https://sessions.test, after the other origin was cached
    assert first.status_code == again.status_code == 200
    assert urls(first.content) and all(u.startswith(f"{OTHER}/e/") for u in urls(first.content))
    assert all(u.startswith("https://sessions.test/e/") for u in urls(again.content))
    # A calendar's UIDs never depend on how it was reached.
    assert uids(first.content) == uids(again.content)
    assert all(u.endswith("@127.0.0.1") for u in uids(again.content))


async def test_an_invite_and_the_frab_export_follow_the_origin(client: Any, demo: Any) -> None:
    invite = demo.invite_path(demo.tccm)
    assert urls((await client.get(OTHER + invite)).content) == {
        f"{OTHER}/e/{IGF}/s/{demo.tccm['id']}"
    }
    assert urls((await client.get(invite)).content) == {
        f"https://sessions.test/e/{IGF}/s/{demo.tccm['id']}"
    }
    await client.get(OTHER + f"/events/{IGF}/schedule.json")
    schedule = (await client.get(f"/events/{IGF}/schedule.json")).json()
    assert schedule["schedule"]["conference"]["url"] == f"https://sessions.test/e/{IGF}"
