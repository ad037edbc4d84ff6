"""ETags on reads, 304 when the client already has this version."""

from __future__ import annotations

from typing import Any

from litestar import Request, Response


def not_modified(request: Request, etag: str) -> bool:
    header = request.headers.get("if-none-match")
    if not header:
        return False
    tags = {t.strip().removeprefix("W/") for t in header.split(",")}
    return "*" in tags or etag in tags


def tagged(
    request: Request,
    body: Any,
    etag: str,
    *,
    status_code: int = 200,
    cache: str = "no-cache",
    media_type: str | None = None,
) -> Response[Any]:
    headers = {"ETag": etag, "Cache-Control": cache}
    if request.method in {"GET", "HEAD"} and not_modified(request, etag):
        return Response(content=None, status_code=304, headers=headers)
    if media_type is not None:
        return Response(body, status_code=status_code, headers=headers, media_type=media_type)
    return Response(body, status_code=status_code, headers=headers)
