"""The OpenAPI document, and odd requests that must never show a stack trace or a 5xx."""

from __future__ import annotations

from typing import Any

from tests.api.helpers import assert_problem, db_dump, reference_example

# PRODUCT.md's /api/v1 table, with the methods each path answers.
CONTRACT = {
    "/api/v1/events": {"get", "post"},
    "/api/v1/events/{event}": {"get", "patch", "delete"},
    "/api/v1/events/{event}/publish": {"post"},
    "/api/v1/events/{event}/unpublish": {"post"},
    "/api/v1/events/{event}/tracks": {"get", "post"},
    "/api/v1/events/{event}/tracks/{track}": {"get", "patch", "delete"},
    "/api/v1/events/{event}/sessions": {"get", "post"},
    "/api/v1/events/{event}/sessions/{session}": {"get", "patch", "delete"},
    "/api/v1/events/{event}/sessions/{session}/segments": {"put"},
    "/api/v1/events/{event}/agenda": {"get"},
    "/api/v1/events/{event}/tracks/{track}/now": {"get"},
    "/api/v1/events/{event}/conflicts": {"get"},
}


async def test_openapi_documents_every_api_path(client):
    response = await client.get("/schema/openapi.json")
    assert response.status_code == 200
    document = response.json()
    assert document["openapi"].startswith("3.")
    paths = {p.rstrip("/") or "/": ops for p, ops in document["paths"].items()}
    for path, methods in CONTRACT.items():
        assert path in paths, (path, sorted(paths))
        assert methods <= set(paths[path]), (path, sorted(paths[path]))
    agenda = paths["/api/v1/events/{event}/agenda"]["get"]
    assert {"tz", "track", "date"} <= {p["name"] for p in agenda["parameters"]}


ODD_REQUESTS: dict[str, dict[str, Any]] = {
    "session id that is not a UUID": {
        "method": "GET",
        "path": "/api/v1/events/igf-2024/sessions/42",
    },
    "unknown path": {"method": "GET", "path": "/api/v1/nothing-here"},
    "unknown event": {"method": "GET", "path": "/api/v1/events/no-such-event/agenda"},
    "unknown session": {
        "method": "GET",
        "path": "/api/v1/events/igf-2024/sessions/00000000-0000-4000-8000-000000000000",
    },
    "wrong method": {"method": "PUT", "path": "/api/v1/events/igf-2024/agenda"},
    "body that is not UTF-8": {
        "method": "POST",
        "path": "/api/v1/events",
        "content": b"\xff\xfe{\x00",
    },
    "body that is a JSON string": {"method": "POST", "path": "/api/v1/events", "content": b'"igf"'},
    "JSON null": {
        "method": "PUT",
        "path": "/api/v1/events/igf-2024/sessions/{sid}/segments",
        "content": b"null",
    },
    "deeply nested JSON": {
        "method": "POST",
        "path": "/api/v1/events",
        "content": b"[" * 5000 + b"]" * 5000,
    },
    "huge number": {
        "method": "PATCH",
        "path": "/api/v1/events/igf-2024/sessions/{sid}",
        "content": b'{"title": 1' + b"0" * 5000 + b"}",
    },
    "NUL in a title": {
        "method": "PATCH",
        "path": "/api/v1/events/igf-2024/sessions/{sid}",
        "json": {"title": "Before\u0000after"},
    },
    "NUL in a slug": {
        "method": "GET",
        "path": "/api/v1/events/igf%00/agenda",
    },
    "lone surrogate in a title": {
        "method": "PATCH",
        "path": "/api/v1/events/igf-2024/sessions/{sid}",
        "content": b'{"title": "\\ud800"}',
    },
    "year 10000": {
        "method": "PATCH",
        "path": "/api/v1/events/igf-2024/sessions/{sid}",
        "json": {"start": "10000-12-18T15:45"},
    },
    "offset beyond a day": {
        "method": "PATCH",
        "path": "/api/v1/events/igf-2024/sessions/{sid}",
        "json": {"start": "2024-12-18T15:45+24:00"},
    },
    "now at the end of time": {
        "method": "GET",
        "path": "/api/v1/events/igf-2024/tracks/online/now?at=9999-12-31T23:59:59%2B00:00&tz=Pacific/Kiritimati",
    },
    "tz that is very long": {
        "method": "GET",
        "path": "/api/v1/events/igf-2024/agenda?tz=" + "A/" * 200,
    },
    "body over a megabyte": {
        "method": "POST",
        "path": "/api/v1/events/igf-2024/sessions",
        "content": b'{"title": "' + b"x" * (1024 * 1024 + 10) + b'"}',
    },
    "form instead of JSON": {
        "method": "POST",
        "path": "/api/v1/events",
        "content": b"slug=x&title=y",
        "content_type": "application/x-www-form-urlencoded",
    },
    "if-match garbage": {
        "method": "PATCH",
        "path": "/api/v1/events/igf-2024",
        "json": {"title": "x"},
        "headers": {"If-Match": 'W/, ,,""'},
    },
}


async def test_odd_requests_get_a_problem_and_change_nothing(client, auth, ctx, subtests):
    """The client fixture also fails any 5xx, and any body with a stack trace in it."""
    session = await reference_example(client, auth)
    before = await db_dump(ctx)
    for name, request in ODD_REQUESTS.items():
        with subtests.test(request=name):
            headers = {**auth, **request.get("headers", {})}
            if "content" in request:
                headers["Content-Type"] = request.get("content_type", "application/json")
            response = await client.request(
                request["method"],
                request["path"].format(sid=session["id"]),
                headers=headers,
                content=request.get("content"),
                json=request.get("json"),
            )
            assert 400 <= response.status_code < 500, response.text
            assert_problem(response, response.status_code)
    assert await db_dump(ctx) == before


async def test_web_pages_name_their_charset_once(client):
    """Regression: pages were served as `text/html; charset=utf-8; charset=utf-8`."""
    response = await client.get("/e/igf-2024")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
