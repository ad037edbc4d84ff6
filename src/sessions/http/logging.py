"""Request ids and one log line per request, with nothing secret in any log line.

Every request gets an id: the caller's `X-Request-ID` when it is a short plain token,
else a new one. It is echoed in the `X-Request-ID` response header, is the `instance`
of every problem+json, and rides on every log line written while the request runs, so
a person can quote it and an operator can find the lines.

The request line names the route template (`/feeds/{token}.ics`), never the URL: paths
carry feed and manage tokens, query strings can carry anything. Every line, ours or a
library's, also passes a redactor that blanks email addresses, bearer tokens and long
token-like strings, in case a message or a traceback quotes one.
"""

from __future__ import annotations

import contextvars
import json
import logging
import re
import sys
import time
import uuid
from datetime import UTC, datetime

from litestar import Request
from litestar.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("sessions.request")

REQUEST_ID_HEADER = "x-request-id"
_SCOPE_KEY = "sessions.request_id"
_CALLER_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")
current_request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "request_id", default=None
)


def request_id_of(request: Request) -> str:
    """This request's id (one is made if the request somehow bypassed the middleware)."""
    found = request.scope.get(_SCOPE_KEY)  # type: ignore[call-overload]
    if not found:
        found = uuid.uuid4().hex
        request.scope[_SCOPE_KEY] = found  # type: ignore[literal-required]
    return found


def _caller_id(scope: Scope) -> str | None:
    for name, value in scope.get("headers", ()):
        if name == b"x-request-id":
            text = value.decode("latin-1").strip()
            return text if _CALLER_ID.match(text) else None
    return None


def with_request_log(app: ASGIApp) -> ASGIApp:
    """Wraps the router (so unrouted requests, 404 and 405, are logged and get an id too)."""

    async def handle(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        request_id = _caller_id(scope) or uuid.uuid4().hex
        scope[_SCOPE_KEY] = request_id  # type: ignore[literal-required]
        token = current_request_id.set(request_id)
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = [
                    (k, v) for k, v in message.get("headers", ()) if k.lower() != b"x-request-id"
                ]
                headers.append((b"x-request-id", request_id.encode()))
                message = {**message, "headers": headers}  # type: ignore[assignment]
            await send(message)

        try:
            await app(scope, receive, send_with_id)
        finally:
            params = scope.get("path_params") or {}
            event = params.get("event")
            route = scope.get("path_template") or None
            if event is None and route == "/events/{name}":  # the event calendar, igf-2024.ics
                event = str(params.get("name", "")).rsplit(".", 1)[0] or None
            duration = round((time.perf_counter() - started) * 1000, 2)
            method = scope.get("method", "")
            log.info(
                "%s %s %s %.1fms",
                method,
                route or "(unrouted)",
                status,
                duration,
                extra={
                    "request": {
                        "method": method,
                        "route": route,
                        "status": status,
                        "duration_ms": duration,
                        **({"event": str(event)} if event is not None else {}),
                    }
                },
            )
            current_request_id.reset(token)

    return handle


# --- what a log line may hold ---------------------------------------------------------

_SECRETS = [
    (re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"), "<email>"),
    (re.compile(r"(?i)(bearer\s+)\S+"), r"\1<token>"),
    (
        re.compile(r"(?i)(password|passwd|secret|token)(['\"]?\s*[:=]\s*['\"]?)[^\s'\",}&]+"),
        r"\1\2<redacted>",
    ),
    # Feed, manage and API tokens are 43+ URL-safe characters; ids (UUIDs, request ids) are shorter.
    (re.compile(r"[A-Za-z0-9_-]{40,}"), "<redacted>"),
]


def redact(text: str) -> str:
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    return text


class _Redacting(logging.Formatter):
    def formatException(self, ei) -> str:
        return redact(super().formatException(ei))


class TextFormatter(_Redacting):
    def __init__(self) -> None:
        super().__init__("%(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        line = redact(super().format(record))
        request_id = getattr(record, "request_id", None)
        return f"{line} [request {request_id}]" if request_id else line


class JsonFormatter(_Redacting):
    """One JSON object per line: time, level, logger, message, request id, request fields."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": redact(record.getMessage()),
        }
        request_id = getattr(record, "request_id", None)
        if request_id:
            entry["request_id"] = request_id
        request = getattr(record, "request", None)
        if isinstance(request, dict):
            entry.update(request)
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


class _RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = current_request_id.get()
        return True


class _Handler(logging.StreamHandler):
    """Marks the handler this module installed, so configuring twice changes nothing."""


def configure_logging(log_format: str = "text") -> None:
    """Root logging to stderr as text or JSON lines. Uvicorn's access log is off: its lines
    name whole URLs (tokens included); the request line above replaces it."""
    root = logging.getLogger()
    formatter = JsonFormatter() if log_format == "json" else TextFormatter()
    for handler in list(root.handlers):
        if isinstance(handler, _Handler):
            handler.setFormatter(formatter)
            break
        if type(handler) is logging.StreamHandler:  # basicConfig's, not a test's capture
            root.removeHandler(handler)
    else:
        handler = _Handler(sys.stderr)
        handler.addFilter(_RequestIdFilter())
        handler.setFormatter(formatter)
        root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    for name in ("uvicorn", "uvicorn.error"):
        uvicorn_log = logging.getLogger(name)
        uvicorn_log.handlers.clear()
        uvicorn_log.propagate = True
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    access = logging.getLogger("uvicorn.access")
    access.handlers.clear()
    access.propagate = False
    access.disabled = True


__all__ = [
    "JsonFormatter",
    "TextFormatter",
    "configure_logging",
    "current_request_id",
    "redact",
    "request_id_of",
    "with_request_log",
]
