"""Who is asking: an organiser's bearer token, or nobody."""

from __future__ import annotations

from litestar import Request

from sessions.http.deps import Organisers
from sessions.services.access import ANONYMOUS, Unauthorized, Viewer


async def provide_viewer(request: Request, organisers: Organisers) -> Viewer:
    header = request.headers.get("authorization")
    if header is None:
        return ANONYMOUS
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("Use Authorization: Bearer <token>.")
    viewer = await organisers.viewer_for_token(token.strip())
    if viewer is None:
        raise Unauthorized("The token is unknown or revoked.")
    return viewer
