"""Security headers on every response, body size limits, token guessing."""

from __future__ import annotations

import statistics
import time

from tests.api.helpers import IGF, assert_problem, reference_example

EVENT = "/api/v1/events/igf-2024"


async def test_every_response_carries_the_security_headers(client, auth, subtests):
    session = await reference_example(client, auth)
    requests = {
        "json": ("GET", EVENT, {}),
        "list": ("GET", "/api/v1/events", {}),
        "ics": ("GET", "/events/igf-2024.ics", {}),
        "session ics": ("GET", f"/events/igf-2024/sessions/{session['id']}.ics", {}),
        "unknown path": ("GET", "/no/such/thing", {}),
        "401": ("POST", "/api/v1/events", {}),
        "404 feed": ("GET", "/feeds/nope.ics", {}),
        "405": ("PUT", "/api/v1/auth/me", {}),
        "openapi": ("GET", "/schema/openapi.json", {}),
        "health": ("GET", "/health", {}),
    }
    for name, (method, path, headers) in requests.items():
        with subtests.test(request=name):
            response = await client.request(method, path, headers=headers)
            h = response.headers
            assert h["x-content-type-options"] == "nosniff", name
            assert h["referrer-policy"] == "no-referrer"
            assert "frame-ancestors 'none'" in h["content-security-policy"]
            assert "default-src 'self'" in h["content-security-policy"]
            assert h["x-frame-options"] == "DENY"
            assert h["strict-transport-security"].startswith("max-age=")


async def test_bodies_over_the_limits_are_refused(client, auth, ctx, subtests):
    await reference_example(client, auth)
    huge = b'{"title": "' + b"x" * (1024 * 1024 + 10) + b'"}'
    big = b'{"email": "' + b"x" * (17 * 1024) + b'"}'
    # Registrations may carry up to 500 session ids, so their cap is 32 KiB.
    bigger = b'{"email": "' + b"x" * (33 * 1024) + b'"}'
    for name, (path, body) in {
        "event patch (1 MiB)": (EVENT, huge),
        "create event (1 MiB)": ("/api/v1/events", huge),
        "login (16 KiB)": ("/api/v1/auth/login", big),
        "register (32 KiB)": (f"{EVENT}/registrations", bigger),
    }.items():
        with subtests.test(body=name):
            method = "PATCH" if path == EVENT else "POST"
            response = await client.request(
                method,
                path,
                content=body,
                headers={**auth, "content-type": "application/json"},
            )
            assert_problem(response, 413)
    ok = await client.post("/api/v1/events", json={**IGF, "slug": "small"}, headers=auth)
    assert ok.status_code == 201


async def _median_ms(client, path: str, n: int = 25) -> float:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        response = await client.get(path)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 404
    return statistics.median(times)


async def test_token_guessing_gets_404_and_near_misses_take_no_longer(client, auth):
    await reference_example(client, auth)
    response = await client.post(
        f"{EVENT}/registrations",
        json={"name": "Ana", "email": "ana@example.org", "track": "online", "timezone": "UTC"},
    )
    feed = response.json()["feed_url"].rsplit("/", 1)[1].removesuffix(".ics")
    manage = response.json()["manage_url"].rsplit("/", 1)[1]
    near_feed = feed[:-1] + ("A" if feed[-1] != "A" else "B")
    near_manage = manage[:-1] + ("A" if manage[-1] != "A" else "B")
    for path in (f"/feeds/{near_feed}.ics", f"/api/v1/registrations/{near_manage}"):
        assert_problem(await client.get(path), 404)
    # The manage token is not a feed token and the other way round.
    assert_problem(await client.get(f"/feeds/{manage}.ics"), 404)
    assert_problem(await client.get(f"/api/v1/registrations/{feed}"), 404)
    # Lookups are by the token's SHA-256: a near miss and a far one cost the same.
    far = "Z" * len(feed)
    await _median_ms(client, f"/feeds/{far}.ics", 5)  # warm up
    near_time = await _median_ms(client, f"/feeds/{near_feed}.ics")
    far_time = await _median_ms(client, f"/feeds/{far}.ics")
    assert abs(near_time - far_time) < max(2.0, 0.5 * far_time), (near_time, far_time)
