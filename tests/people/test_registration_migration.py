"""Migration 0005: the oldest registration of each (event, email) holds the email key; copies
made before the one-per-email rule keep working, without one; a new copy is refused."""

from __future__ import annotations

import asyncio
import uuid
from datetime import datetime, timedelta

import pytest
from sqlalchemy.exc import IntegrityError

from sessions.persistence.migrate import upgrade
from tests.people.test_migration_0003 import _run, empty_url  # noqa: F401

REGISTRATION = (
    "INSERT INTO registrations (id, event_id, track_id, name, email, timezone, "
    "feed_token_hash, manage_token_hash, version, created_at, updated_at) "
    "VALUES (:id, :e, :t, 'A', :email, 'UTC', :feed, :manage, 1, :at, :at)"
)


def test_duplicates_from_before_keep_working_and_a_new_one_is_refused(empty_url: str) -> None:  # noqa: F811
    sqlite = empty_url.startswith("sqlite")

    def key(u: uuid.UUID) -> object:
        return u.hex if sqlite else u

    upgrade(empty_url, "0002")
    owner, event, track = (uuid.uuid4() for _ in range(3))
    now = datetime(2024, 12, 1, 12, 0)
    ids = {"o": key(owner), "e": key(event), "t": key(track), "now": now}
    asyncio.run(
        _run(
            empty_url,
            [
                (
                    "INSERT INTO organisers (id, email, created_at) VALUES (:o, 'o@x.org', :now)",
                    ids,
                ),
                (
                    "INSERT INTO events (id, slug, title, kind, timezone, start_date, end_date, "
                    "status, version, owner_id, created_at, updated_at) VALUES (:e, 'igf', 'IGF', "
                    "'meeting', 'Asia/Riyadh', '2024-12-15', '2024-12-19', 'published', 1, :o, "
                    ":now, :now)",
                    ids,
                ),
                (
                    "INSERT INTO tracks (id, event_id, slug, name, mode, position, version) "
                    "VALUES (:t, :e, 'online', 'Online', 'online', 0, 1)",
                    ids,
                ),
            ],
        )
    )
    upgrade(empty_url, "0007")
    rows = [
        ("ana@x.org", now + timedelta(minutes=2)),
        ("ANA@x.org", now + timedelta(minutes=5)),  # the copy: newer
        ("bo@x.org", now),
    ]
    made = [uuid.uuid4() for _ in rows]
    asyncio.run(
        _run(
            empty_url,
            [
                (
                    REGISTRATION,
                    {
                        **ids,
                        "id": key(rid),
                        "email": address,
                        "at": at,
                        "feed": f"f{i}",
                        "manage": f"m{i}",
                    },
                )
                for i, (rid, (address, at)) in enumerate(zip(made, rows, strict=True))
            ],
        )
    )
    upgrade(empty_url)
    (found,) = asyncio.run(_run(empty_url, [("SELECT id, email_key FROM registrations", {})]))
    keys = {uuid.UUID(str(rid)): k for rid, k in found}
    assert keys == {made[0]: "ana@x.org", made[1]: None, made[2]: "bo@x.org"}
    with pytest.raises(IntegrityError):
        asyncio.run(
            _run(
                empty_url,
                [
                    (
                        REGISTRATION.replace("version,", "version, email_key,").replace(
                            "1, :at", "1, 'ana@x.org', :at"
                        ),
                        {
                            **ids,
                            "id": key(uuid.uuid4()),
                            "email": "Ana@x.org",
                            "at": now,
                            "feed": "f9",
                            "manage": "m9",
                        },
                    )
                ],
            )
        )
