"""HEAD wherever GET is answered (RFC 9110 9.3.2): the GET's status and headers, no body.

Calendar apps and link checkers ask HEAD before they fetch; Litestar routes HEAD only to
handlers declared for it, so every `.ics` and page answered 405. This wraps the router:
a HEAD is routed as a GET, and whatever body the GET produces is dropped.
"""

from __future__ import annotations

from litestar.types import ASGIApp, Message, Receive, Scope, Send


def answer_head(app: ASGIApp) -> ASGIApp:
    async def handle(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await app(scope, receive, send)
            return
        scope["method"] = "GET"
        done = False

        async def headers_only(message: Message) -> None:
            nonlocal done
            if message["type"] != "http.response.body":
                await send(message)
            elif not done:  # one empty, final body; a stream's later chunks go nowhere
                done = True
                await send({"type": "http.response.body", "body": b"", "more_body": False})

        await app(scope, receive, headers_only)

    return handle
