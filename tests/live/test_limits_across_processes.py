"""Rate limits hold across app processes under concurrent requests (hardening issue).

Before: with Redis and two workers, 40 concurrent bad logins left the Redis counter at 4
and every one was let through to the password check.
"""

from __future__ import annotations

import asyncio
import os

import httpx
from redis import Redis

from tests.live.conftest import cli

REDIS_URL = os.environ.get("SESSIONS_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def test_fifty_concurrent_bad_logins_over_two_processes_get_exactly_ten_tries(tmp_path, start_app):
    redis = Redis.from_url(REDIS_URL)
    for key in redis.scan_iter("sessions:limits:rate:login-*"):  # Redis outlives the test
        redis.delete(key)
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/shared.db",
        "REDIS_URL": REDIS_URL,
        "SESSIONS_DATA_DIR": str(tmp_path),
    }
    env.pop("SESSIONS_TRUSTED_PROXIES", None)
    cli(env, "migrate")
    cli(env, "set-password", "ana@example.org", "--password", "the right password")
    a, b = start_app(env, "a"), start_app(env, "b")

    async def attempts() -> list[int]:
        async with httpx.AsyncClient(timeout=60) as client:
            responses = await asyncio.gather(
                *(
                    client.post(
                        f"{(a, b)[i % 2].url}/api/v1/auth/login",
                        json={"email": "ana@example.org", "password": f"wrong {i}"},
                    )
                    for i in range(50)
                )
            )
        return [r.status_code for r in responses]

    statuses = asyncio.run(attempts())
    assert statuses.count(401) == 10, statuses  # SESSIONS_LOGIN_RATE: 10 per 300 s
    assert statuses.count(429) == 40, statuses


def _four_logins_from_forged_addresses(url: str) -> list[int]:
    return [
        httpx.post(
            f"{url}/api/v1/auth/login",
            json={"email": f"nobody{i}@example.org", "password": "whatever it is"},
            headers={"X-Forwarded-For": f"203.0.113.{i}"},
            timeout=60,
        ).status_code
        for i in range(4)
    ]


def test_x_forwarded_for_is_believed_only_from_a_trusted_proxy(tmp_path, start_app):
    redis = Redis.from_url(REDIS_URL)
    for key in redis.scan_iter("sessions:limits:rate:login-*"):
        redis.delete(key)
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/shared.db",
        "REDIS_URL": REDIS_URL,
        "SESSIONS_LOGIN_RATE_IP": "3/300",
    }
    env.pop("SESSIONS_TRUSTED_PROXIES", None)
    cli(env, "migrate")
    # Nobody trusted: every forged address is the same client, so the fourth try waits.
    untrusting = start_app(env, "untrusting")
    assert _four_logins_from_forged_addresses(untrusting.url) == [401, 401, 401, 429]
    untrusting.stop()

    for key in redis.scan_iter("sessions:limits:rate:login-*"):
        redis.delete(key)
    # Behind a proxy on loopback that we trust: its X-Forwarded-For names four clients.
    trusting = start_app({**env, "SESSIONS_TRUSTED_PROXIES": "127.0.0.1"}, "trusting")
    assert _four_logins_from_forged_addresses(trusting.url) == [401, 401, 401, 401]
