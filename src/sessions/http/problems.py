"""Every refusal as application/problem+json (RFC 9457) naming the fields; never a stack trace."""

from __future__ import annotations

import logging
import re

import msgspec
from litestar import MediaType, Request, Response
from litestar.exceptions import (
    HTTPException,
    NotFoundException,
    SerializationException,
    ValidationException,
)
from litestar.openapi.datastructures import ResponseSpec
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from sessions.domain.errors import (
    AlreadyExists,
    DomainError,
    FieldError,
    InvalidInput,
    NotFound,
    StaleVersion,
)
from sessions.http.logging import request_id_of
from sessions.http.schemas.common import FieldProblem, Problem
from sessions.http.security import TooManyRequests
from sessions.languages import N_, negotiate, say
from sessions.services.access import Forbidden, Unauthorized
from sessions.services.tracks import InUse

log = logging.getLogger(__name__)

PROBLEM_JSON = "application/problem+json"

_STATUS: dict[type[DomainError], int] = {
    InvalidInput: 422,
    NotFound: 404,
    AlreadyExists: 409,
    InUse: 409,
    StaleVersion: 412,
    Unauthorized: 401,
    Forbidden: 403,
    TooManyRequests: 429,
}

_TITLES = {
    400: N_("Malformed request"),
    401: N_("Authentication required"),
    403: N_("Forbidden"),
    404: N_("Not found"),
    405: N_("Method not allowed"),
    409: N_("Conflict"),
    412: N_("Precondition failed"),
    413: N_("Request body too large"),
    415: N_("Unsupported media type"),
    422: N_("Invalid input"),
    429: N_("Too many requests"),
    500: N_("Internal error"),
    503: N_("Service unavailable"),
}


def problem(
    request: Request,
    status: int,
    detail: str,
    errors: list[FieldError] | None = None,
    *,
    title: str | None = None,
    headers: dict[str, str] | None = None,
) -> Response[Problem]:
    # In the reader's language (?lang=, then Accept-Language); field names stay as the API's.
    language = reader_language(request)
    body = Problem(
        type="about:blank",
        title=say(title or _TITLES.get(status, "Error"), language),
        status=status,
        detail=say(detail, language),
        # The request id, also in X-Request-ID and on the request's log lines: quotable.
        instance=request_id_of(request),
        errors=[
            FieldProblem(e.field, say(e.message, language), _jsonable(e.value))
            for e in (errors or [])
        ],
    )
    headers = {**(headers or {}), "Content-Language": language}
    return Response(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def reader_language(request: Request) -> str:
    try:
        asked = request.query_params.get("lang")
    except Exception:  # an unreadable query string: the header still says something
        asked = None
    return negotiate(asked, request.headers.get("accept-language"))


def _route(request: Request) -> str:
    """The route template for log lines: paths carry feed and manage tokens."""
    return str(request.scope.get("path_template") or "(unrouted)")


def _jsonable(value: object) -> object:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return str(value)


def on_domain_error(request: Request, exc: DomainError) -> Response[Problem]:
    status = next((code for cls, code in _STATUS.items() if isinstance(exc, cls)), 400)
    headers = {"WWW-Authenticate": 'Bearer realm="sessions"'} if status == 401 else None
    if isinstance(exc, TooManyRequests):
        headers = {"Retry-After": str(exc.retry_after)}
    return problem(request, status, exc.detail, exc.errors, title=exc.title, headers=headers)


_AT = re.compile(r"^(?P<message>.*?)(?: - at `\$(?P<path>[^`]*)`)?$", re.S)
_NAMED = re.compile(r"(?:unknown|required) field `(?P<name>[^`]+)`")


def field_from_msgspec(error: msgspec.ValidationError, root: str) -> FieldError:
    """`Expected str - at $.data[2].start` -> field `segments[2].start` (with root `segments`)."""
    match = _AT.match(str(error))
    assert match is not None
    message, path = match["message"], match["path"] or ""
    path = path.removeprefix(".data")
    named = _NAMED.search(message)
    if named:
        path = f"{path}.{named['name']}"
    if path.startswith("["):
        path = f"{root}{path}" if root else path
    field = path.lstrip(".") or root or "body"
    return FieldError(field, message.replace("`", "'"))


# Headers are named as clients send them, not by the handler's parameter names.
_HEADERS = {"if_match": "If-Match", "last_event_id": "Last-Event-ID"}


def on_validation_error(request: Request, exc: ValidationException) -> Response[Problem]:
    cause = exc.__cause__
    items = [i for i in (exc.extra if isinstance(exc.extra, list) else []) if isinstance(i, dict)]
    outside_body = [i for i in items if i.get("source") not in (None, "body")]
    if outside_body:
        errors = [
            FieldError(
                _HEADERS.get(str(i.get("key", "")), str(i.get("key", "")))
                if i.get("source") == "header"
                else str(i.get("key", "")),
                str(i.get("message", "is invalid")).replace("`", "'"),
            )
            for i in outside_body
        ]
        return problem(request, 422, N_("The request has invalid parameters."), errors)
    if isinstance(cause, msgspec.ValidationError):
        return _body_problem(request, cause)
    errors = [FieldError(str(i.get("key", "")), str(i.get("message", "is invalid"))) for i in items]
    return problem(request, 422 if errors else 400, _plain(exc.detail), errors)


def _body_problem(request: Request, cause: msgspec.ValidationError) -> Response[Problem]:
    if "missing required field `data`" in str(cause):
        return problem(request, 400, N_("The request needs a JSON body."))
    root = "segments" if request.url.path.endswith("/segments") else ""
    return problem(
        request, 422, N_("The request body has invalid fields."), [field_from_msgspec(cause, root)]
    )


def _plain(detail: str) -> str:
    # Litestar's messages name the handler ("for GET /path"); keep it short for clients.
    return detail.split(" for ")[0] + "." if detail else N_("The request is not valid.")


def on_serialization_error(request: Request, exc: Exception) -> Response[Problem]:
    return problem(request, 400, f"The body is not valid JSON: {exc}.")


def on_http_exception(request: Request, exc: HTTPException) -> Response[Problem]:
    status = exc.status_code
    if status == 400:
        # Litestar raises a bare 400 when the body cannot be decoded at all.
        return problem(request, 400, f"The body is not valid JSON: {exc.detail}.")
    if isinstance(exc, NotFoundException) and exc.detail == "Not Found":
        return problem(request, 404, f"Nothing at {request.url.path}.")
    cause = exc.__cause__
    if status == 500 and isinstance(cause, msgspec.ValidationError) and "`$.data" in str(cause):
        # Litestar takes a bad body field named like a dependency (`tracks`, `sessions`)
        # for a failed dependency and raises a 500; the fault is the client's body.
        return _body_problem(request, cause)
    if status >= 500:
        log.error("HTTP %s on %s: %s", status, _route(request), exc.detail)
        return problem(request, status, N_("The server could not answer this request."))
    return problem(request, status, str(exc.detail), headers=exc.headers)


def _unavailable(request: Request, exc: Exception, what: str, detail: str) -> Response[Problem]:
    log.warning("%s unavailable on %s: %s", what, _route(request), exc.__class__.__name__)
    return problem(request, 503, detail, headers={"Retry-After": "5"})


def on_database_down(request: Request, exc: Exception) -> Response[Problem]:
    return _unavailable(
        request, exc, "database", N_("The database is unavailable; try again shortly.")
    )


def on_redis_down(request: Request, exc: Exception) -> Response[Problem]:
    """Redis carries logins and rate limits when configured: what needs it waits, no 500."""
    return _unavailable(
        request,
        exc,
        "redis",
        N_("Sign-in and rate limits are unavailable for a moment; try again shortly."),
    )


def _database_unreachable(exc: DBAPIError) -> bool:
    """Connection trouble (SQLSTATE class 08) or a server shutting down or starting (57P0x)."""
    if exc.connection_invalidated:
        return True
    sqlstate = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
    return isinstance(sqlstate, str) and (sqlstate.startswith("08") or sqlstate.startswith("57P0"))


def on_unexpected(request: Request, exc: Exception) -> Response[Problem]:
    if isinstance(exc, DBAPIError) and _database_unreachable(exc):
        return on_database_down(request, exc)
    if isinstance(exc, RecursionError) and "deserializing" in str(exc):
        # msgspec gives up on JSON nested deeper than it can decode: the body's fault.
        return problem(request, 400, "The body is not valid JSON: it is nested too deeply.")
    log.exception("unexpected error on %s %s", request.method, _route(request))
    return problem(request, 500, N_("Something went wrong on our side; it has been logged."))


EXCEPTION_HANDLERS = {
    DomainError: on_domain_error,
    ValidationException: on_validation_error,
    SerializationException: on_serialization_error,
    HTTPException: on_http_exception,
    OperationalError: on_database_down,
    InterfaceError: on_database_down,
    PoolTimeout: on_database_down,
    ConnectionError: on_database_down,
    RedisConnectionError: on_redis_down,
    RedisTimeoutError: on_redis_down,
    Exception: on_unexpected,
}

# --- the refusals, as the OpenAPI document shows them -------------------------------

_WHEN = {
    304: "Not modified: the client already has this version (If-None-Match; no body).",
    400: "Malformed request: the body is not JSON (or is missing).",
    401: (
        "A write without an organiser's token, or an Authorization header that is not "
        "`Bearer <token>` or names an unknown or revoked token."
    ),
    403: (
        "The signed-in account does not organise this event, or a signed-in browser request "
        "that changes something lacks the x-csrftoken header."
    ),
    404: "No such resource; a draft is not found for anyone but its organisers.",
    409: "Conflicts with what exists: the slug is taken, or the track is still in use.",
    412: "If-Match names an ETag that is no longer current; nothing changed.",
    413: "The body is larger than the limit (1 MiB; 16 KiB for logins, 32 KiB for registrations).",
    415: "The body must be sent as application/json.",
    422: "Well-formed but invalid: `errors` names each field at fault and its value.",
    429: "Too many attempts from this address or for this account; retry after Retry-After seconds.",
    503: "The database is unavailable; try again after Retry-After seconds.",
}


def documented(*statuses: int) -> dict[int, ResponseSpec]:
    """What a handler may answer besides success, for its `responses=`: problem+json bodies."""
    return {
        status: (
            ResponseSpec(None, description=_WHEN[status])
            if status == 304
            else ResponseSpec(
                Problem,
                description=_WHEN[status],
                media_type=PROBLEM_JSON,
                generate_examples=False,
            )
        )
        for status in statuses
    }


# Every handler reads the optional bearer token (401 for a bad one) and may find the
# database down (503); reads of one resource may 404; writes also 403, 412 and 413.
LIST = documented(400, 401, 422, 503)
READ = documented(304, 400, 401, 404, 422, 503)
QUERY = documented(400, 401, 404, 422, 503)
ORGANISER_QUERY = documented(400, 401, 403, 404, 422, 503)
CREATE = documented(400, 401, 403, 404, 413, 422, 503)
CREATE_EVENT = documented(400, 401, 409, 413, 422, 503)
CONFLICT = documented(409)
WRITE = documented(400, 401, 403, 404, 412, 413, 422, 503)
STATUS_CHANGE = documented(400, 401, 403, 404, 422, 503)
HEALTH = documented(503)

__all__ = [
    "CONFLICT",
    "CREATE",
    "CREATE_EVENT",
    "EXCEPTION_HANDLERS",
    "HEALTH",
    "LIST",
    "ORGANISER_QUERY",
    "PROBLEM_JSON",
    "QUERY",
    "READ",
    "STATUS_CHANGE",
    "WRITE",
    "MediaType",
    "documented",
    "problem",
]
