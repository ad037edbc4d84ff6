"""Who may write, and drafts that do not exist for anyone but their organisers."""

from __future__ import annotations

from typing import Any

from tests.api.helpers import (
    IGF,
    TCCM,
    TCCM_PLAN,
    assert_problem,
    bearer,
    db_dump,
    reference_example,
)
from tests.conftest import new_token

EVENT = "/api/v1/events/igf-2024"

WRITES = {
    "create event": ("POST", "/api/v1/events", {**IGF, "slug": "igf-2025"}),
    "patch event": ("PATCH", EVENT, {"title": "Taken over"}),
    "delete event": ("DELETE", EVENT, None),
    "publish": ("POST", f"{EVENT}/publish", None),
    "unpublish": ("POST", f"{EVENT}/unpublish", None),
    "create track": (
        "POST",
        f"{EVENT}/tracks",
        {"slug": "radio", "name": "Radio", "mode": "online"},
    ),
    "patch track": ("PATCH", f"{EVENT}/tracks/online", {"name": "Remote"}),
    "delete track": ("DELETE", f"{EVENT}/tracks/online", None),
    "create session": ("POST", f"{EVENT}/sessions", {**TCCM, "title": "Intruder"}),
    "patch session": ("PATCH", f"{EVENT}/sessions/{{sid}}", {"title": "Intruder"}),
    "delete session": ("DELETE", f"{EVENT}/sessions/{{sid}}", None),
    "put segments": ("PUT", f"{EVENT}/sessions/{{sid}}/segments", TCCM_PLAN[:1]),
}


async def _send(client: Any, method: str, path: str, body: Any, headers: dict, sid: str) -> Any:
    kwargs: dict[str, Any] = {"headers": headers}
    if body is not None:
        kwargs["json"] = body
    return await client.request(method, path.format(sid=sid), **kwargs)


async def test_writes_need_a_valid_organiser_token(client, auth, ctx, subtests):
    session = await reference_example(client, auth)
    before = await db_dump(ctx)
    for name, (method, path, body) in WRITES.items():
        for label, headers in {
            "none": {},
            "unknown token": {"Authorization": "Bearer ses_not-a-real-token"},
            "basic": {"Authorization": "Basic b3duZXI6c2VjcmV0"},
            "empty bearer": {"Authorization": "Bearer "},
        }.items():
            with subtests.test(write=name, credentials=label):
                response = await _send(client, method, path, body, headers, session["id"])
                assert_problem(response, 401)
                assert response.headers["www-authenticate"].lower().startswith("bearer")
    assert await db_dump(ctx) == before


async def test_another_organiser_is_forbidden_on_a_published_event_and_sees_no_draft(
    client, auth, ctx, subtests
):
    session = await reference_example(client, auth)
    other = bearer(await new_token(ctx, "other@example.org"))
    writes = ["patch event", "delete event", "unpublish", "create track", "patch session"]
    writes += ["put segments", "delete session", "delete track"]
    for status in (403, 404):
        if status == 404:  # once it is a draft again, it does not exist for them at all
            assert (await client.post(f"{EVENT}/unpublish", headers=auth)).status_code == 200
        before = await db_dump(ctx)
        for name in writes:
            with subtests.test(write=name, status=status):
                method, path, body = WRITES[name]
                assert_problem(
                    await _send(client, method, path, body, other, session["id"]), status
                )
        assert await db_dump(ctx) == before


async def test_a_revoked_token_is_refused(client, auth, ctx):
    from sqlalchemy import update

    from sessions.persistence.tables import ApiTokenRow
    from sessions.services.context import utc_now

    token = await new_token(ctx, "leaving@example.org")
    assert (await client.post("/api/v1/events", json=IGF, headers=bearer(token))).status_code == 201
    async with ctx.unit_of_work() as uow:
        db_session = uow.db_session
        await db_session.execute(update(ApiTokenRow).values(revoked_at=utc_now()))
    response = await client.patch(EVENT, json={"title": "Still mine?"}, headers=bearer(token))
    assert_problem(response, 401)


READS = {
    "event": EVENT,
    "tracks": f"{EVENT}/tracks",
    "track": f"{EVENT}/tracks/online",
    "sessions": f"{EVENT}/sessions",
    "session": f"{EVENT}/sessions/{{sid}}",
    "agenda": f"{EVENT}/agenda?tz=UTC",
    "now": f"{EVENT}/tracks/online/now?at=2024-12-18T16:10:00%2B03:00",
}


async def test_a_draft_is_404_everywhere_for_anyone_but_its_organiser(client, auth, ctx):
    session = await reference_example(client, auth, publish=False)
    other = bearer(await new_token(ctx, "other@example.org"))
    for name, path in READS.items():
        path = path.format(sid=session["id"])
        for who in ({}, other):
            response = await client.get(path, headers=who)
            assert response.status_code == 404, (name, who, response.text)
            assert_problem(response, 404)
        mine = await client.get(path, headers=auth)
        assert mine.status_code == 200, (name, mine.text)
    for who in ({}, other):
        listed = (await client.get("/api/v1/events", headers=who)).json()
        assert listed == {"items": [], "total": 0}
    mine = (await client.get("/api/v1/events", headers=auth)).json()
    assert [e["slug"] for e in mine["items"]] == ["igf-2024"]
    assert mine["items"][0]["status"] == "draft"
    assert mine["total"] == 1


async def test_publish_and_unpublish_round_trip(client, auth):
    session = await reference_example(client, auth, publish=False)
    agenda = f"{EVENT}/agenda"
    assert_problem(await client.get(agenda), 404)

    published = await client.post(f"{EVENT}/publish", headers=auth)
    assert published.status_code == 200, published.text
    assert published.json()["status"] == "published"
    assert (await client.get(agenda)).status_code == 200
    assert (await client.get(f"{EVENT}/sessions/{session['id']}")).status_code == 200
    listed = (await client.get("/api/v1/events")).json()
    assert [e["slug"] for e in listed["items"]] == ["igf-2024"]
    # Publishing twice is harmless.
    assert (await client.post(f"{EVENT}/publish", headers=auth)).json()["status"] == "published"

    drafted = await client.post(f"{EVENT}/unpublish", headers=auth)
    assert drafted.status_code == 200
    assert drafted.json()["status"] == "draft"
    assert_problem(await client.get(agenda), 404)
    assert_problem(await client.get(f"{EVENT}/sessions/{session['id']}"), 404)
    assert (await client.get("/api/v1/events")).json() == {"items": [], "total": 0}
    assert (await client.get(agenda, headers=auth)).status_code == 200


async def test_anonymous_reads_of_a_published_event_hide_facilitator_notes(client, auth):
    session = await reference_example(client, auth)
    path = f"{EVENT}/sessions/{session['id']}"
    public = (await client.get(path)).json()
    assert all("notes" not in s for s in public["segments"])
    own = (await client.get(path, headers=auth)).json()
    assert own["segments"][0]["notes"] == TCCM_PLAN[0]["notes"]
    listed = (await client.get(f"{EVENT}/sessions")).json()
    assert all("notes" not in s for s in listed["items"][0]["segments"])
