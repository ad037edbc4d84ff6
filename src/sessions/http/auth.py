"""Who is asking: an API token (Authorization: Bearer), a signed-in browser session, or nobody."""

from __future__ import annotations

from litestar import Request

from sessions.http.deps import Accounts
from sessions.http.security import LoginSessions, check_csrf
from sessions.services.access import ANONYMOUS, Unauthorized, Viewer


async def provide_viewer(request: Request, accounts: Accounts) -> Viewer:
    header = request.headers.get("authorization")
    if header is not None:
        # A token carries no ambient authority: no CSRF check.
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Unauthorized("Use Authorization: Bearer <token>.")
        viewer = await accounts.viewer_for_token(token.strip())
        if viewer is None:
            raise Unauthorized("The token is unknown or revoked.")
        return viewer
    logins: LoginSessions = request.app.state.logins
    data = await logins.for_request(request)
    if data is None:  # no cookie, expired or logged out: a reader like any other
        return ANONYMOUS
    check_csrf(request, data)
    viewer = await accounts.viewer_for_account(
        data.account, via_cookie=True, credential=data.credential
    )
    return viewer if viewer is not None else ANONYMOUS
