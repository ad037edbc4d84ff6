"""An event holds at most 20,000 sessions (quality bar "Bounded"): one more is a 422, an
import that would pass the cap is refused whole, and nothing is written.

The cap is lowered here (the services read it from `domain/limits.py`): making 20,000
sessions through HTTP would test the clock, not the rule.
"""

from __future__ import annotations

from tests.api.helpers import TCCM, assert_problem, db_dump, make_event, reference_example
from tests.api.test_import import DEMOCON, JSON_TYPE, PRETALX_JSON, _pretalx, _talks


async def test_one_session_past_the_cap_is_refused_naming_the_event(client, auth, ctx, monkeypatch):
    monkeypatch.setattr("sessions.services.sessions.MAX_SESSIONS_PER_EVENT", 2)
    await reference_example(client, auth)  # one session
    path = "/api/v1/events/igf-2024/sessions"
    assert (await client.post(path, json=TCCM, headers=auth)).status_code == 201
    before = await db_dump(ctx)
    refused = await client.post(path, json=TCCM, headers=auth)
    body = assert_problem(refused, 422, "event")
    assert "at most 2 sessions" in body["errors"][0]["message"]
    assert await db_dump(ctx) == before


async def test_an_import_past_the_cap_is_refused_whole(client, auth, ctx, monkeypatch):
    talks = len(_talks(_pretalx()))
    monkeypatch.setattr("sessions.services.imports.MAX_SESSIONS_PER_EVENT", talks - 1)
    await make_event(client, auth, **DEMOCON)
    before = await db_dump(ctx)
    response = await client.post(
        "/api/v1/events/democon-2025/import", content=PRETALX_JSON, headers={**auth, **JSON_TYPE}
    )
    assert_problem(response, 422, "schedule")
    assert await db_dump(ctx) == before
