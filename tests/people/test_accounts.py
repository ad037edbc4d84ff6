"""Accounts: argon2 passwords, login/logout/me with server-side sessions, CSRF, API tokens."""

from __future__ import annotations

from sessions.services.tokens import hash_token
from tests.api.helpers import IGF, assert_problem, bearer
from tests.people.helpers import PASSWORD, account, login


async def test_login_sets_a_server_side_session_and_me_names_the_account(client, ctx):
    await account(ctx, "ana@example.org")
    response = await client.post(
        "/api/v1/auth/login", json={"email": "ana@example.org", "password": PASSWORD}
    )
    assert response.status_code == 200, response.text
    assert response.json() == {"email": "ana@example.org"}
    cookies = response.headers.get_list("set-cookie")
    session = next(c for c in cookies if c.startswith("sessions_session="))
    csrf = next(c for c in cookies if c.startswith("csrftoken="))
    assert "HttpOnly" in session and "SameSite=lax" in session and "Secure" in session
    assert "HttpOnly" not in csrf and "Secure" in csrf
    # The cookie holds an opaque id; the account is on the server.
    assert "ana" not in session.split(";")[0]

    me = await client.get("/api/v1/auth/me")
    assert me.status_code == 200
    assert me.json() == {"email": "ana@example.org", "events": []}


async def test_cookie_writes_need_the_csrf_header_and_bearer_writes_do_not(client, ctx, auth):
    await account(ctx, "ana@example.org")
    csrf = await login(client, "ana@example.org")
    refused = await client.post("/api/v1/events", json=IGF)
    assert_problem(refused, 403)
    wrong = await client.post("/api/v1/events", json=IGF, headers={"x-csrftoken": "nope"})
    assert_problem(wrong, 403)
    made = await client.post("/api/v1/events", json=IGF, headers=csrf)
    assert made.status_code == 201, made.text
    me = (await client.get("/api/v1/auth/me")).json()
    assert me["events"] == [{"slug": "igf-2024", "role": "owner", "tracks": []}]
    # A bearer token is its own credential: no CSRF header needed, cookie or not.
    other = await client.post("/api/v1/events", json={**IGF, "slug": "igf-2025"}, headers=auth)
    assert other.status_code == 201, other.text


async def test_logout_ends_the_session_on_the_server(client, ctx):
    await account(ctx, "ana@example.org")
    csrf = await login(client, "ana@example.org")
    stolen = client.cookies["sessions_session"]
    assert_problem(await client.post("/api/v1/auth/logout"), 403)  # CSRF applies
    assert (await client.post("/api/v1/auth/logout", headers=csrf)).status_code == 204
    assert_problem(await client.get("/api/v1/auth/me"), 401)
    # Replaying the old cookie gets nothing: the server forgot it.
    client.cookies.set("sessions_session", stolen, domain="sessions.test")
    assert_problem(await client.get("/api/v1/auth/me"), 401)


async def test_a_planted_session_id_is_never_promoted_by_login(client, ctx):
    await account(ctx, "ana@example.org")
    client.cookies.set("sessions_session", "attacker-chosen-id", domain="sessions.test")
    await login(client, "ana@example.org")
    assert client.cookies["sessions_session"] != "attacker-chosen-id"


async def test_login_errors_do_not_tell_whether_the_email_exists(client, ctx):
    await account(ctx, "ana@example.org")
    wrong = await client.post(
        "/api/v1/auth/login", json={"email": "ana@example.org", "password": "not it at all"}
    )
    unknown = await client.post(
        "/api/v1/auth/login", json={"email": "nobody@example.org", "password": "not it at all"}
    )
    tokens_only = await client.post(  # an account with no password (API tokens only)
        "/api/v1/auth/login", json={"email": "owner@example.org", "password": "not it at all"}
    )
    bodies = [assert_problem(r, 401) for r in (wrong, unknown, tokens_only)]
    assert len({(b["title"], b["detail"]) for b in bodies}) == 1
    assert "sessions_session" not in client.cookies


async def test_login_is_rate_limited_per_email(client, ctx):
    await account(ctx, "ana@example.org")
    statuses = []
    for _ in range(12):
        response = await client.post(
            "/api/v1/auth/login", json={"email": "ana@example.org", "password": "guess guess"}
        )
        statuses.append(response.status_code)
    assert statuses[:10] == [401] * 10
    limited = assert_problem(response, 429)
    assert int(response.headers["retry-after"]) > 0
    assert "ana@example.org" not in limited["detail"]
    # Even the right password waits now.
    right = await client.post(
        "/api/v1/auth/login", json={"email": "ana@example.org", "password": PASSWORD}
    )
    assert_problem(right, 429)


async def test_passwords_are_stored_as_argon2id_hashes(ctx):
    from sqlalchemy import select

    from sessions.persistence.tables import AccountRow

    await account(ctx, "ana@example.org")
    async with ctx.unit_of_work() as uow:
        db_session = uow.db_session
        stored = await db_session.scalar(
            select(AccountRow.password_hash).where(AccountRow.email == "ana@example.org")
        )
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


async def test_short_passwords_are_refused(client, ctx):
    from sessions.domain.errors import InvalidInput
    from sessions.services.accounts import AccountService

    try:
        async with ctx.unit_of_work() as uow:
            await AccountService(ctx, uow).set_password("ana@example.org", "short")
    except InvalidInput as exc:
        assert exc.errors[0].field == "password"
    else:
        raise AssertionError("a 5-character password was accepted")


async def test_api_tokens_are_created_listed_and_revoked(client, ctx):
    from sqlalchemy import select

    from sessions.persistence.tables import ApiTokenRow

    await account(ctx, "ana@example.org")
    csrf = await login(client, "ana@example.org")
    made = await client.post("/api/v1/auth/tokens", json={"name": "laptop"}, headers=csrf)
    assert made.status_code == 201, made.text
    token = made.json()["token"]
    assert token.startswith("ses_") and len(token) >= 40
    async with ctx.unit_of_work() as uow:
        db_session = uow.db_session
        hashes = set(await db_session.scalars(select(ApiTokenRow.token_hash)))
    assert hash_token(token) in hashes and token not in hashes

    listed = (await client.get("/api/v1/auth/tokens")).json()
    assert [(t["name"], "token" in t) for t in listed["items"]] == [("laptop", False)]
    me = await client.get("/api/v1/auth/me", headers=bearer(token))
    assert me.json()["email"] == "ana@example.org"

    token_id = made.json()["id"]
    revoked = await client.delete(f"/api/v1/auth/tokens/{token_id}", headers=csrf)
    assert revoked.status_code == 204
    assert_problem(await client.get("/api/v1/auth/me", headers=bearer(token)), 401)
    assert (await client.get("/api/v1/auth/tokens")).json()["items"][0]["revoked_at"]


async def test_someone_elses_token_cannot_be_revoked(client, ctx, auth):
    mine = (await client.post("/api/v1/auth/tokens", json={}, headers=auth)).json()
    other = bearer(
        (await client.post("/api/v1/auth/tokens", json={}, headers=auth)).json()["token"]
    )
    # `other` is the same account here; a different account:
    from tests.conftest import new_token

    stranger = bearer(await new_token(ctx, "stranger@example.org"))
    assert_problem(await client.delete(f"/api/v1/auth/tokens/{mine['id']}", headers=stranger), 404)
    assert (await client.get("/api/v1/auth/me", headers=other)).status_code == 200


async def test_change_password_needs_the_current_one(client, ctx):
    await account(ctx, "ana@example.org")
    csrf = await login(client, "ana@example.org")
    wrong = await client.post(
        "/api/v1/auth/password",
        json={"current_password": "not it at all", "new_password": "a new long password"},
        headers=csrf,
    )
    assert_problem(wrong, 401)
    ok = await client.post(
        "/api/v1/auth/password",
        json={"current_password": PASSWORD, "new_password": "a new long password"},
        headers=csrf,
    )
    assert ok.status_code == 204, ok.text
    await login(client, "ana@example.org", "a new long password")
