"""Conditional GET, once: ETags (and Last-Modified for files) on reads, 304 when the client
already has this version; bodies compressed once per version (`http.compression`); and the
documented answers of the files calendar apps poll."""

from __future__ import annotations

from datetime import datetime
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any

from litestar import Request, Response
from litestar.openapi.datastructures import ResponseSpec
from litestar.serialization import encode_json

from sessions.domain.errors import NotFound
from sessions.http.compression import base_etag, compress, encoded_etag, negotiate
from sessions.http.problems import QUERY, documented
from sessions.services.calendars import Rendered


def not_modified(request: Request, etag: str, last_modified: datetime | None = None) -> bool:
    """If-None-Match decides when sent (compared weakly); else If-Modified-Since (RFC 9110 13.2.2)."""
    inm = request.headers.get("if-none-match")
    if inm is not None:
        # Either representation's tag will do: the encoded one names the same version.
        tags = {base_etag(t.strip().removeprefix("W/")) for t in inm.split(",")}
        return "*" in tags or etag.removeprefix("W/") in tags
    ims = request.headers.get("if-modified-since")
    if ims and last_modified is not None:
        try:
            since = parsedate_to_datetime(ims)
        except (TypeError, ValueError):
            return False
        return last_modified.replace(microsecond=0) <= since
    return False


def tagged(
    request: Request,
    body: Any,
    etag: str,
    *,
    status_code: int = 200,
    cache: str = "no-cache",
    media_type: str | None = None,
    compressible: bool = False,
) -> Response[Any]:
    """`compressible`: large reads (agendas, the zone directory) are sent compressed when the
    client takes it. Single resources are not: they are small, and their tag is what a
    client sends back in If-Match, so it stays the one their writes answer."""
    headers = {"ETag": etag, "Cache-Control": cache}
    coding = negotiate(request.headers.get("accept-encoding")) if compressible else None
    if compressible:
        headers["Vary"] = "Accept-Encoding"
    if coding is not None:
        headers["ETag"] = encoded_etag(etag, coding)
    if request.method in {"GET", "HEAD"} and not_modified(request, etag):
        return Response(content=None, status_code=304, headers=headers)
    if compressible and body is not None:
        raw = body if isinstance(body, bytes) else encode_json(body)
        if coding is not None:
            headers["Content-Encoding"] = coding
        return Response(
            compress(raw, coding, etag),
            status_code=status_code,
            headers=headers,
            media_type=media_type or "application/json",
        )
    if media_type is not None:
        return Response(body, status_code=status_code, headers=headers, media_type=media_type)
    return Response(body, status_code=status_code, headers=headers)


def serve(request: Request, rendered: Rendered) -> Response[bytes]:
    """A rendered file (calendar, schedule), with its validators."""
    headers = {
        "ETag": rendered.etag,
        # Calendar apps poll: let them revalidate cheaply every time.
        "Cache-Control": "no-cache",
        "Content-Disposition": f'inline; filename="{rendered.filename}"',
        "Vary": "Accept-Encoding",
    }
    coding = negotiate(request.headers.get("accept-encoding"))
    if coding is not None:
        headers["ETag"] = encoded_etag(rendered.etag, coding)
    if rendered.last_modified is not None:
        headers["Last-Modified"] = format_datetime(rendered.last_modified, usegmt=True)
    if not_modified(request, rendered.etag, rendered.last_modified):
        return Response(content=b"", status_code=304, headers=headers)
    # Litestar adds "; charset=utf-8" to text/* types itself.
    media_type = (
        rendered.media_type.split(";")[0]
        if rendered.media_type.startswith("text/")
        else rendered.media_type
    )
    if coding is not None:
        headers["Content-Encoding"] = coding
    return Response(
        content=compress(rendered.body, coding, rendered.etag),
        media_type=media_type,
        headers=headers,
    )


def file_stem(name: str, suffix: str) -> str:
    """`igf-2024` from `igf-2024.ics`: the paths of files end in their extension."""
    if not name.endswith(suffix) or len(name) == len(suffix):
        raise NotFound(f"Nothing here; calendars end in {suffix}.")
    return name[: -len(suffix)]


def _served(media_type: str, body: type, what: str) -> dict[int, ResponseSpec]:
    """The documented answers: the rendering (or 304 for a poller that has it), or a problem."""
    return {
        200: ResponseSpec(body, description=what, media_type=media_type, generate_examples=False),
        **QUERY,
        **documented(304),
    }


ICS_FILE = _served(
    "text/calendar", str, "An iCalendar (RFC 5545) document, with ETag and Last-Modified"
)
FRAB_JSON_FILE = _served(
    "application/json", dict[str, Any], "The frab/c3voc schedule.json document, with ETag"
)
FRAB_XML_FILE = _served("application/xml", str, "The frab/c3voc schedule.xml document, with ETag")
