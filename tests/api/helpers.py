"""Building the reference example through the API, as an organiser would."""

from __future__ import annotations

from typing import Any

IGF = {
    "slug": "igf-2024",
    "title": "Internet Governance Forum 2024",
    "timezone": "Asia/Riyadh",
    "start_date": "2024-12-15",
    "end_date": "2024-12-19",
    "venue": "Riyadh",
}
TCCM = {
    "title": "A Technical Community Coalition for Multistakeholderism (TCCM)",
    "start": "2024-12-18T15:45",
    "end": "2024-12-18T16:45",
    "room": "Workshop Room 2",
}
TCCM_PLAN = [
    {
        "kind": "presentation",
        "title": "Presentation on TCCM",
        "start": "2024-12-18T15:45",
        "end": "2024-12-18T16:05",
        "notes": "hand over at 16:05",
    },
    {
        "kind": "qa",
        "title": "Question & Answer session with panellists",
        "start": "2024-12-18T16:05",
        "end": "2024-12-18T16:25",
    },
    {
        "kind": "networking",
        "title": "Networking opportunity for in-person attendees",
        "start": "2024-12-18T16:25",
        "end": "2024-12-18T16:45",
        "tracks": ["in-person"],
    },
    {
        "kind": "discussion",
        "title": "Facilitated discussion for online attendees",
        "start": "2024-12-18T16:25",
        "end": "2024-12-18T16:45",
        "tracks": ["online"],
    },
]


async def make_event(client: Any, auth: dict, **overrides: Any) -> dict:
    response = await client.post("/api/v1/events", json={**IGF, **overrides}, headers=auth)
    assert response.status_code == 201, response.text
    return response.json()


async def make_session(client: Any, auth: dict, slug: str = "igf-2024", **overrides: Any) -> dict:
    response = await client.post(
        f"/api/v1/events/{slug}/sessions", json={**TCCM, **overrides}, headers=auth
    )
    assert response.status_code == 201, response.text
    return response.json()


async def reference_example(client: Any, auth: dict, *, publish: bool = True) -> dict:
    """IGF 2024 with the TCCM session and its four-segment plan; returns the session."""
    await make_event(client, auth)
    session = await make_session(client, auth)
    response = await client.put(
        f"/api/v1/events/igf-2024/sessions/{session['id']}/segments", json=TCCM_PLAN, headers=auth
    )
    assert response.status_code == 200, response.text
    if publish:
        published = await client.post("/api/v1/events/igf-2024/publish", headers=auth)
        assert published.status_code == 200, published.text
    return response.json()


PROBLEM_JSON = "application/problem+json"
NYC = {
    "slug": "nyc-2025",
    "title": "A season in New York",
    "timezone": "America/New_York",
    "start_date": "2025-03-01",
    "end_date": "2025-11-30",
}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def assert_problem(response: Any, status: int, field: str | None = None) -> dict:
    """An RFC 9457 problem with this status; with `field`, its `errors` name that field."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM_JSON), response.headers
    body = response.json()
    assert body["status"] == status
    assert isinstance(body["title"], str) and body["title"]
    assert isinstance(body["detail"], str) and body["detail"]
    if field is not None:
        fields = [e["field"] for e in body["errors"]]
        assert field in fields, (field, body)
    return body


def error_for(body: dict, field: str) -> dict:
    """The first entry of a problem's `errors` list about `field`."""
    return next(e for e in body["errors"] if e["field"] == field)


async def db_dump(ctx: Any) -> dict[str, list[str]]:
    """Every row of every table, in a stable order: equal dumps mean nothing changed."""
    from sqlalchemy import select

    from sessions.persistence.tables import Base

    dump: dict[str, list[str]] = {}
    async with ctx.unit_of_work() as uow:
        db_session = uow.db_session
        for table in Base.metadata.sorted_tables:
            rows = (await db_session.execute(select(table))).all()
            dump[table.name] = sorted(repr(tuple(row)) for row in rows)
    return dump


async def put_plan(
    client: Any, auth: dict, session_id: str, plan: list, slug: str = "igf-2024", **headers: str
) -> Any:
    return await client.put(
        f"/api/v1/events/{slug}/sessions/{session_id}/segments",
        json=plan,
        headers={**auth, **headers},
    )
