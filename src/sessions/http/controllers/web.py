"""The web app: index.html for the app's pages, and Vite's hashed assets under /assets/.

The assets are build output (`npm run build` in frontend/ writes src/sessions/http/static/);
without them, the pages answer a short note on how to build them.
"""

from __future__ import annotations

import mimetypes
import re
from pathlib import Path

from litestar import Controller, Request, Response, get
from litestar.exceptions import NotFoundException
from litestar.params import FromPath

from sessions.http.compression import compress, negotiate

STATIC = Path(__file__).resolve().parent.parent / "static"
ASSET_NAME = re.compile(r"^[A-Za-z0-9_.\-]+$")

NOT_BUILT = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>sessions: web app not built</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; line-height: 1.5">
<h1>The web app is not built yet</h1>
<p>Build it once with <code>cd frontend &amp;&amp; npm ci &amp;&amp; npm run build</code>
(<code>scripts/run</code> does this for you), then reload.</p>
<p>The API is already here: <a href="/api/v1/events">/api/v1/events</a>, described at
<a href="/schema">/schema</a>.</p>
</body></html>
"""


def _index() -> Response[bytes]:
    index = STATIC / "index.html"
    try:
        body = index.read_bytes()
    except FileNotFoundError:
        return Response(
            NOT_BUILT.encode(),
            media_type="text/html",
            headers={"Cache-Control": "no-store"},
        )
    return Response(body, media_type="text/html", headers={"Cache-Control": "no-cache"})


class WebController(Controller):
    path = "/"
    include_in_schema = False

    @get(["/", "/organise", "/organise/{rest:path}"], sync_to_thread=False)
    def app_page(self) -> Response[bytes]:
        return _index()

    @get(
        [
            "/e/{event:str}",
            "/e/{event:str}/s/{session:str}",
            "/e/{event:str}/tracks/{track:str}/run",
            "/r/{token:str}",
        ],
        sync_to_thread=False,
    )
    def event_page(self) -> Response[bytes]:
        return _index()

    @get("/assets/{name:str}", sync_to_thread=False)
    def asset(self, request: Request, name: FromPath[str]) -> Response[bytes]:
        path = STATIC / "assets" / name
        if not ASSET_NAME.match(name) or not path.is_file():
            raise NotFoundException(f"No asset {name!r}.")
        media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        if media_type == "application/javascript":  # Litestar adds the charset to text/* itself
            media_type += "; charset=utf-8"
        headers = {
            "Cache-Control": "public, max-age=31536000, immutable",
            "Vary": "Accept-Encoding",
        }
        # Vite names each asset by its content's hash: the name is the version, so the
        # compressed bytes are made once per process and kept (a phone downloads a quarter).
        coding = (
            negotiate(request.headers.get("accept-encoding")) if _compressible(media_type) else None
        )
        if coding is not None:
            headers["Content-Encoding"] = coding
        return Response(
            compress(path.read_bytes(), coding, f'"{name}"'),
            media_type=media_type,
            headers=headers,
        )


def _compressible(media_type: str) -> bool:
    """Text formats; images and fonts are compressed already."""
    kind = media_type.split(";")[0]
    return kind.startswith("text/") or kind in {
        "application/javascript",
        "application/json",
        "image/svg+xml",
    }
