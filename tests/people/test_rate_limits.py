"""Limits hold under concurrent requests: the counters are atomic (hardening issue).

Before: each hit read the counter, then wrote it back, so concurrent requests (85 bad
logins at once; 60 registrations) all read the same count and all got through.
"""

from __future__ import annotations

import asyncio
import os
import uuid

import pytest
from litestar.stores.memory import MemoryStore

from sessions.config import Settings
from sessions.http.security import Limit, RateLimiter, TooManyRequests
from tests.api.helpers import assert_problem, reference_example
from tests.people.helpers import account

REDIS_URL = os.environ.get("SESSIONS_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


class SlowStore(MemoryStore):
    """A store whose reads take a moment, as any networked store's do."""

    async def get(self, key, renew_for=None):
        await asyncio.sleep(0.001)
        return await super().get(key, renew_for)


async def test_an_in_process_counter_counts_every_concurrent_hit():
    limiter = RateLimiter(SlowStore(), clock=lambda: 1_000_000)
    results = await asyncio.gather(
        *(limiter.hit("login", "ana", Limit(10, 300)) for _ in range(50)), return_exceptions=True
    )
    assert sum(r is None for r in results) == 10
    assert sum(isinstance(r, TooManyRequests) for r in results) == 40


@pytest.fixture
def redis_settings(settings: Settings) -> Settings:
    return Settings(
        database_url=settings.database_url,
        data_dir=settings.data_dir,
        public_url=settings.public_url,
        migrate_on_start=False,
        redis_url=REDIS_URL,
    )


async def test_fifty_concurrent_bad_logins_with_redis_get_exactly_ten_tries(redis_settings, ctx):
    from litestar.testing import AsyncTestClient
    from redis.asyncio import Redis

    from sessions.http.app import create_app

    # Redis outlives the test: start from no login counters (the per-address one included).
    redis = Redis.from_url(REDIS_URL)
    async for key in redis.scan_iter("sessions:limits:rate:login-*"):
        await redis.delete(key)
    await redis.aclose()
    email = f"ana-{uuid.uuid4().hex[:8]}@example.org"
    await account(ctx, email)
    async with AsyncTestClient(create_app(redis_settings), base_url="https://sessions.test") as c:
        responses = await asyncio.gather(
            *(
                c.post("/api/v1/auth/login", json={"email": email, "password": f"wrong {i}"})
                for i in range(50)
            )
        )
    statuses = [r.status_code for r in responses]
    assert statuses.count(401) == 10, statuses  # SESSIONS_LOGIN_RATE: 10 per 300 s
    assert statuses.count(429) == 40, statuses
    assert_problem(next(r for r in responses if r.status_code == 429), 429)


async def test_fifty_concurrent_registrations_from_one_address_get_exactly_twenty(client, auth):
    await reference_example(client, auth)
    responses = await asyncio.gather(
        *(
            client.post(
                "/api/v1/events/igf-2024/registrations",
                json={
                    "name": f"Attendee {i}",
                    "email": f"attendee{i}@example.org",
                    "track": "online",
                    "timezone": "Australia/Sydney",
                },
            )
            for i in range(50)
        )
    )
    statuses = [r.status_code for r in responses]
    assert statuses.count(201) == 20, statuses  # SESSIONS_REGISTER_RATE: 20 per hour
    assert statuses.count(429) == 30, statuses
