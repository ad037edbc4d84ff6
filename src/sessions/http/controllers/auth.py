"""/api/v1/auth: login and logout (browser sessions), who am I, API tokens."""

from __future__ import annotations

import uuid

from litestar import Controller, Request, Response, delete, get, post
from litestar.datastructures import CacheControlHeader
from litestar.params import FromPath, JSONBody

from sessions.domain.accounts import ApiToken
from sessions.domain.clock import format_instant
from sessions.http.deps import Accounts, AppSettings, CurrentViewer
from sessions.http.problems import documented
from sessions.http.schemas.auth import (
    AccountOut,
    LoginIn,
    MembershipOut,
    MeOut,
    PasswordChange,
    TokenCreate,
    TokenOut,
)
from sessions.http.schemas.common import Page
from sessions.http.security import (
    SESSION_COOKIE,
    Limit,
    LoginSessions,
    RateLimiter,
    check_csrf,
    check_sign_in_request,
    cleared_cookies,
    client_address,
    is_secure,
    session_cookies,
)
from sessions.services.access import Unauthorized
from sessions.services.accounts import check_password

SMALL_BODY = 16 * 1024
LOGIN = documented(400, 401, 403, 413, 415, 422, 429, 503)
SIGNED_IN = documented(401, 503)


def _token_out(info: ApiToken, token: str | None = None) -> TokenOut:
    return TokenOut(
        id=info.id,
        created_at=format_instant(info.created_at),
        name=info.name,
        revoked_at=format_instant(info.revoked_at) if info.revoked_at else None,
        token=token,
    )


class AuthController(Controller):
    path = "/api/v1/auth"
    # Who someone is, their tokens, who organises: never kept by any cache.
    cache_control = CacheControlHeader(no_store=True)
    tags = ["accounts"]

    @post(
        "/login",
        summary="Sign in: sets an HttpOnly session cookie and a readable csrftoken cookie",
        status_code=200,
        responses=LOGIN,
        request_max_body_size=SMALL_BODY,
    )
    async def login(
        self, request: Request, data: JSONBody[LoginIn], accounts: Accounts, settings: AppSettings
    ) -> Response[AccountOut]:
        check_sign_in_request(request, settings.public_url)
        limiter: RateLimiter = request.app.state.limiter
        await limiter.hit("login-ip", client_address(request), Limit.parse(settings.login_rate_ip))
        await limiter.hit(
            "login-email", data.email.strip().casefold(), Limit.parse(settings.login_rate)
        )
        viewer = await accounts.authenticate(data.email, data.password)
        if viewer is None or viewer.account_id is None:
            raise Unauthorized("Wrong email or password.")
        logins: LoginSessions = request.app.state.logins
        # Never promote a session id the browser already had (fixation): always a new one.
        await logins.delete(request.cookies.get(SESSION_COOKIE))
        session_id, login = await logins.create(
            viewer.account_id, await accounts.credential(viewer.account_id)
        )
        me = await accounts.me(viewer)
        return Response(
            AccountOut(me.email, me.name),
            cookies=session_cookies(
                session_id,
                login,
                secure=is_secure(request, settings.public_url),
                max_age=int(logins.ttl.total_seconds()),
            ),
        )

    @post(
        "/logout",
        summary="Sign out: ends the browser session (needs x-csrftoken)",
        status_code=204,
        responses=documented(403, 503),
    )
    async def logout(self, request: Request, settings: AppSettings) -> None:  # type: ignore[return]
        logins: LoginSessions = request.app.state.logins
        session_id = request.cookies.get(SESSION_COOKIE)
        data = await logins.get(session_id)
        if data is not None:
            check_csrf(request, data)
            await logins.delete(session_id)
        # A Response, for its cookies; annotated None so the schema shows a bodiless 204.
        return Response(  # type: ignore[return-value]
            None,
            status_code=204,
            cookies=cleared_cookies(secure=is_secure(request, settings.public_url)),
        )

    @get("/me", summary="Who is signed in, and their events and roles", responses=SIGNED_IN)
    async def me(self, accounts: Accounts, viewer: CurrentViewer) -> MeOut:
        me = await accounts.me(viewer)
        return MeOut(
            email=me.email,
            name=me.name,
            events=[MembershipOut(m.slug, m.role, list(m.tracks)) for m in me.events],
        )

    @post(
        "/password",
        summary="Change your password (signed in; the current one is needed)",
        status_code=204,
        responses=documented(400, 401, 403, 413, 422, 429, 503),
        request_max_body_size=SMALL_BODY,
    )
    async def change_password(  # type: ignore[return]
        self,
        request: Request,
        data: JSONBody[PasswordChange],
        accounts: Accounts,
        viewer: CurrentViewer,
        settings: AppSettings,
    ) -> None:
        """Every other login of the account ends (its credential no longer matches); the one
        making the change gets a fresh session. API tokens are not affected."""
        me = await accounts.me(viewer)
        limiter: RateLimiter = request.app.state.limiter
        await limiter.hit("login-email", me.email.casefold(), Limit.parse(settings.login_rate))
        if await accounts.authenticate(me.email, data.current_password) is None:
            raise Unauthorized("The current password is wrong.")
        check_password(data.new_password, "new_password")
        account = await accounts.set_password(me.email, data.new_password)
        cookies = []
        if viewer.via_cookie:
            logins: LoginSessions = request.app.state.logins
            await logins.delete(request.cookies.get(SESSION_COOKIE))
            session_id, login = await logins.create(account.id, account.credential)
            cookies = session_cookies(
                session_id,
                login,
                secure=is_secure(request, settings.public_url),
                max_age=int(logins.ttl.total_seconds()),
            )
        # A Response, for its cookies; annotated None so the schema shows a bodiless 204.
        return Response(None, status_code=204, cookies=cookies)  # type: ignore[return-value]

    @get("/tokens", summary="Your API tokens (never the tokens themselves)", responses=SIGNED_IN)
    async def list_tokens(self, accounts: Accounts, viewer: CurrentViewer) -> Page[TokenOut]:
        items = [_token_out(t) for t in await accounts.tokens(viewer)]
        return Page(items, len(items))

    @post(
        "/tokens",
        summary="A new API token, shown once in the answer",
        responses=documented(400, 401, 403, 413, 422, 503),
        request_max_body_size=SMALL_BODY,
    )
    async def create_token(
        self, data: JSONBody[TokenCreate], accounts: Accounts, viewer: CurrentViewer
    ) -> Response[TokenOut]:
        info, token = await accounts.create_token(viewer, data.name)
        return Response(_token_out(info, token), status_code=201)

    @delete(
        "/tokens/{token_id:uuid}",
        summary="Revoke one of your API tokens",
        status_code=204,
        responses=documented(401, 403, 404, 503),
    )
    async def revoke_token(
        self, token_id: FromPath[uuid.UUID], accounts: Accounts, viewer: CurrentViewer
    ) -> None:
        await accounts.revoke_token(viewer, token_id)
