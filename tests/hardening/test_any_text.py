"""Any text in any field: refused at input with a 422 naming the field, or every output still
parses (hardening issue: one bad record must never break a shared output).

Hypothesis draws text full of what breaks calendars and schedules (controls, CR/LF, line and
paragraph separators, bidirectional marks, emoji, combining marks, lone surrogates sent as JSON
escapes) into every text field of an event, a track, a session and its segments; then every
output that carries them goes through the conformance kit in one batch.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from litestar.testing import TestClient

from sessions.config import Settings
from sessions.http.app import create_app
from sessions.persistence.database import create_engine
from sessions.persistence.unit_of_work import Database
from sessions.services.context import ServiceContext
from tests.calendars.kit import ICSCHECK, NO_KHAL, SCHEDCHECK, Job, Kit
from tests.conftest import new_token

NASTY = (
    "\r\n\t\x00\x07\x1b\x7f\x85\u2028\u2029\u200e\u200f\u202a\u202e\u2066\u2069"
    "\ufeff\u0301\u0645\u4e2d😀👩🏽‍💻;:,\\\"<>&'"
)
TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(NASTY),
        st.characters(codec="utf-8"),
        st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),  # lone surrogates
    ),
    max_size=40,
)
FIELDS = (
    "event_title",
    "venue",
    "event_description",
    "track_name",
    "location",
    "session_title",
    "session_description",
    "room",
    "person",
    "segment_title",
    "notes",
    "material_title",
    "url_tail",
    "language",
)
SLUGS = itertools.count()


def send(client: TestClient, method: str, path: str, body: object, auth: dict) -> object:
    """JSON with non-ASCII as escapes, so even a lone surrogate reaches the server."""
    response = client.request(
        method,
        path,
        content=json.dumps(body, ensure_ascii=True).encode(),
        headers={**auth, "Content-Type": "application/json"},
    )
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        problem = response.json()
        assert response.headers["content-type"] == "application/problem+json"
        assert response.status_code in (400, 422), problem
        if response.status_code == 422:
            assert problem["errors"] and all(e["field"] for e in problem["errors"]), problem
        return None
    return response.json()


async def _token(app_settings: Settings, email: str) -> str:
    engine = create_engine(app_settings.database_url)
    try:
        return await new_token(ServiceContext(Database.from_engine(engine)), email)
    finally:
        await engine.dispose()


@pytest.fixture
def app_settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(
        database_url=database_url,
        data_dir=tmp_path,
        public_url="https://sessions.test",
        migrate_on_start=False,
    )


def test_any_text_is_refused_or_every_output_still_parses(app_settings, tmp_path):
    token = asyncio.run(_token(app_settings, "unicode@example.org"))
    auth = {"Authorization": f"Bearer {token}"}
    outputs: dict[str, bytes] = {}
    schedules: dict[str, bytes] = {}

    with TestClient(create_app(app_settings), base_url="https://sessions.test") as client:

        @settings(
            max_examples=12,
            deadline=None,
            suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        )
        @given(st.fixed_dictionaries({name: TEXT for name in FIELDS}))
        def one(text: dict[str, str]) -> None:
            slug = f"any-{next(SLUGS)}"
            event = {
                "slug": slug,
                "title": text["event_title"] or "x",
                "timezone": "Asia/Riyadh",
                "start_date": "2024-12-18",
                "end_date": "2024-12-19",
                "venue": text["venue"],
                "description": text["event_description"],
            }
            if send(client, "POST", "/api/v1/events", event, auth) is None:
                event = {"slug": slug, **{k: v for k, v in event.items() if k != "slug"}}
                event.update(title="Plain", venue="Riyadh", description=None)
                assert send(client, "POST", "/api/v1/events", event, auth) is not None
            base = f"/api/v1/events/{slug}"
            send(
                client,
                "PATCH",
                f"{base}/tracks/in-person",
                {"name": text["track_name"] or "x", "location": text["location"]},
                auth,
            )
            session = send(
                client,
                "POST",
                f"{base}/sessions",
                {
                    "title": text["session_title"] or "x",
                    "description": text["session_description"],
                    "room": text["room"],
                    "start": "2024-12-18T15:45",
                    "end": "2024-12-18T16:45",
                    "people": [{"name": text["person"] or "x", "role": "speaker"}],
                },
                auth,
            ) or send(
                client,
                "POST",
                f"{base}/sessions",
                {"title": "Plain", "start": "2024-12-18T15:45", "end": "2024-12-18T16:45"},
                auth,
            )
            assert session is not None
            # Hybrid details (issue 15): materials, a join link, a language tag; refused as a
            # whole with a 422 naming a field, or shown in every output below.
            tail = text["url_tail"]
            hybrid = send(
                client,
                "PATCH",
                f"{base}/sessions/{session['id']}",
                {
                    "materials": [
                        {
                            "kind": "slides",
                            "title": text["material_title"] or "x",
                            "url": f"https://example.org/{tail}",
                        }
                    ],
                    "join_url": f"https://meet.example.org/{tail}",
                    "languages": [text["language"] or "x"],
                    "captions": True,
                },
                auth,
            )
            if hybrid is not None:
                session = hybrid
            send(
                client,
                "PUT",
                f"{base}/sessions/{session['id']}/segments",
                [
                    {
                        "kind": "presentation",
                        "title": text["segment_title"] or "x",
                        "start": "2024-12-18T15:45",
                        "end": "2024-12-18T16:45",
                        "notes": text["notes"],
                    }
                ],
                {**auth, "If-Match": f'"s{session["version"]}"'},
            )
            assert client.post(f"{base}/publish", headers=auth).status_code == 200
            agenda = client.get(f"{base}/agenda?tz=Australia/Sydney")
            assert agenda.status_code == 200 and agenda.json()["event"] == slug
            for name, path in {
                "event": f"/events/{slug}.ics",
                "track": f"/events/{slug}/tracks/in-person.ics?segments=1",
                "session": f"/events/{slug}/sessions/{session['id']}.ics?tz=America/New_York",
            }.items():
                response = client.get(path)
                assert response.status_code == 200, (path, response.text)
                outputs[f"{slug}-{name}.ics"] = response.content
            for ext in ("json", "xml"):
                response = client.get(f"/events/{slug}/schedule.{ext}")
                assert response.status_code == 200, response.text
                schedules[f"{slug}-schedule.{ext}"] = response.content

        one()
        everything = client.get("/calendar.ics")
        assert everything.status_code == 200
        outputs["calendar.ics"] = everything.content

    kit = Kit(tmp_path / "kit")
    kit.check_all([Job(ICSCHECK, outputs, NO_KHAL), Job(SCHEDCHECK, schedules)])
