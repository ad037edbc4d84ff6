"""Login CSRF and password changes (hardening issue: "Private stays private")."""

from __future__ import annotations

import json

from litestar.testing import AsyncTestClient

from sessions.http.app import create_app
from tests.api.helpers import assert_problem
from tests.people.helpers import PASSWORD, account, login

CREDENTIALS = {"email": "ana@example.org", "password": PASSWORD}


async def test_a_cross_site_form_cannot_sign_a_victim_in(client, ctx):
    await account(ctx, "ana@example.org")
    # A form can post text/plain whose body happens to be JSON.
    plain = await client.post(
        "/api/v1/auth/login",
        content=json.dumps(CREDENTIALS),
        headers={"Content-Type": "text/plain"},
    )
    assert_problem(plain, 415)
    cross_origin = await client.post(
        "/api/v1/auth/login", json=CREDENTIALS, headers={"Origin": "https://evil.example"}
    )
    assert_problem(cross_origin, 403)
    cross_site = await client.post(
        "/api/v1/auth/login", json=CREDENTIALS, headers={"Sec-Fetch-Site": "cross-site"}
    )
    assert_problem(cross_site, 403)
    assert "sessions_session" not in client.cookies
    # Our own pages sign in.
    own = await client.post(
        "/api/v1/auth/login",
        json=CREDENTIALS,
        headers={"Origin": "https://sessions.test", "Sec-Fetch-Site": "same-origin"},
    )
    assert own.status_code == 200, own.text
    assert "sessions_session" in client.cookies


async def test_a_password_change_ends_the_other_logins_but_not_this_one(client, ctx, settings):
    await account(ctx, "ana@example.org")
    async with AsyncTestClient(create_app(settings), base_url="https://sessions.test") as other:
        await login(other, "ana@example.org")
        csrf = await login(client, "ana@example.org")
        assert (await other.get("/api/v1/auth/me")).status_code == 200
        token = (await client.post("/api/v1/auth/tokens", json={}, headers=csrf)).json()["token"]

        changed = await client.post(
            "/api/v1/auth/password",
            json={"current_password": PASSWORD, "new_password": "another long password"},
            headers=csrf,
        )
        assert changed.status_code == 204, changed.text

        assert_problem(await other.get("/api/v1/auth/me"), 401)  # the other browser is out
        assert (await client.get("/api/v1/auth/me")).status_code == 200  # this one goes on
        # API tokens are not logins: they stay until revoked.
        by_token = await other.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"})
        assert by_token.status_code == 200


async def test_setting_a_password_from_the_command_line_ends_every_login(client, ctx):
    from sessions.services.accounts import AccountService

    await account(ctx, "ana@example.org")
    await login(client, "ana@example.org")
    assert (await client.get("/api/v1/auth/me")).status_code == 200
    async with ctx.unit_of_work() as uow:  # what `sessions set-password` does
        await AccountService(ctx, uow).set_password("ana@example.org", "a brand new password")
    assert_problem(await client.get("/api/v1/auth/me"), 401)
