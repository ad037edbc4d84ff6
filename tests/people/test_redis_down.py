"""With Redis configured but away, what needs it is a 503 with Retry-After, never a 500,
and what does not need it keeps working (hardening issue: "Degrades, never crashes")."""

from __future__ import annotations

import pytest

from sessions.config import Settings
from tests.api.helpers import assert_problem

CLOSED = "redis://127.0.0.1:1/0"  # nothing listens on port 1


@pytest.fixture
async def redis_down_client(settings: Settings):
    from litestar.testing import AsyncTestClient

    from sessions.http.app import create_app

    away = Settings(
        database_url=settings.database_url,
        data_dir=settings.data_dir,
        public_url=settings.public_url,
        migrate_on_start=False,
        redis_url=CLOSED,
    )
    async with AsyncTestClient(create_app(away), base_url="https://sessions.test") as client:
        yield client


async def test_login_and_registering_wait_for_redis_with_a_503(redis_down_client):
    login = await redis_down_client.post(
        "/api/v1/auth/login", json={"email": "ana@example.org", "password": "a long password"}
    )
    body = assert_problem(login, 503)
    assert int(login.headers["retry-after"]) > 0
    assert "Traceback" not in str(body)
    registering = await redis_down_client.post(
        "/api/v1/events/igf-2024/registrations",
        json={"name": "Ana", "email": "ana@example.org", "track": "online", "timezone": "UTC"},
    )
    assert_problem(registering, 503)
    assert int(registering.headers["retry-after"]) > 0


async def test_public_reads_with_a_session_cookie_are_answered_as_anonymous(redis_down_client):
    redis_down_client.cookies.set("sessions_session", "a-cookie-we-cannot-look-up")
    assert (await redis_down_client.get("/calendar.ics")).status_code == 200
    assert (await redis_down_client.get("/api/v1/events")).status_code == 200
    # A write needs the login behind the cookie: it waits, it is not anonymous.
    write = await redis_down_client.post(
        "/api/v1/events",
        json={
            "slug": "x",
            "title": "X",
            "timezone": "UTC",
            "start_date": "2025-01-01",
            "end_date": "2025-01-01",
        },
    )
    assert_problem(write, 503)


async def test_the_liveness_check_does_not_need_redis(redis_down_client):
    assert (await redis_down_client.get("/health/live")).status_code == 200
