"""Browser sessions, CSRF, rate limits and security headers.

Sessions are server-side: the cookie holds a 256-bit random id, the store (a
Litestar `Store`: in memory, or Redis when REDIS_URL is set, so every app
process shares them) holds the account and the session's CSRF token under the
SHA-256 of that id. Login always makes a new id (no session fixation: a
cookie planted before login is never promoted), logout deletes it.

CSRF: a cookie-authenticated request that changes something must carry the
session's CSRF token in `x-csrftoken` (the app also sets it in the readable
`csrftoken` cookie). Bearer-token requests carry no ambient credentials and are
exempt; so are anonymous requests (they have no authority to borrow).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import secrets
import time
import uuid
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlsplit

import msgspec
from litestar import Request
from litestar.datastructures import Cookie
from litestar.exceptions import HTTPException
from litestar.stores.base import Store
from litestar.stores.redis import RedisStore
from litestar.types import Message, Scope
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from sessions.domain.errors import DomainError
from sessions.services.access import Forbidden

SESSION_COOKIE = "sessions_session"
CSRF_COOKIE = "csrftoken"
CSRF_HEADER = "x-csrftoken"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
SESSION_TTL = timedelta(days=14)


class TooManyRequests(DomainError):
    title = "Too many requests"

    def __init__(self, detail: str, retry_after: int) -> None:
        super().__init__(detail)
        self.retry_after = retry_after


class LoginData(msgspec.Struct):
    account: uuid.UUID
    csrf: str
    created: float
    # The password the login was made with (Account.credential): a new password ends it.
    credential: str = "-"


def _key(session_id: str) -> str:
    return "session:" + hashlib.sha256(session_id.encode()).hexdigest()


class LoginSessions:
    """Server-side browser sessions in a Litestar store."""

    def __init__(self, store: Store, ttl: timedelta = SESSION_TTL) -> None:
        self.store = store
        self.ttl = ttl

    async def create(self, account: uuid.UUID, credential: str) -> tuple[str, LoginData]:
        session_id = secrets.token_urlsafe(32)
        data = LoginData(account, secrets.token_urlsafe(32), time.time(), credential)
        await self.store.set(_key(session_id), msgspec.json.encode(data), expires_in=self.ttl)
        return session_id, data

    async def get(self, session_id: str | None) -> LoginData | None:
        if not session_id or len(session_id) > 128:
            return None
        raw = await self.store.get(_key(session_id))
        if raw is None:
            return None
        try:
            return msgspec.json.decode(raw, type=LoginData)
        except msgspec.DecodeError:
            return None

    async def for_request(self, request: Request) -> LoginData | None:
        """The login behind the request's cookie, if any.

        With the store (Redis) unreachable, a read is answered as for a reader without a
        cookie (public calendars and pages keep working); a write needs the login, so it
        gets the store's error (a 503 with Retry-After).
        """
        session_id = request.cookies.get(SESSION_COOKIE)
        if not session_id:
            return None
        try:
            return await self.get(session_id)
        except (RedisConnectionError, RedisTimeoutError):
            if request.method in SAFE_METHODS:
                return None
            raise

    async def delete(self, session_id: str | None) -> None:
        if session_id and len(session_id) <= 128:
            await self.store.delete(_key(session_id))


def check_csrf(request: Request, data: LoginData) -> None:
    if request.method in SAFE_METHODS:
        return
    sent = request.headers.get(CSRF_HEADER, "")
    if not sent or not hmac.compare_digest(sent.encode(), data.csrf.encode()):
        raise Forbidden(
            f"A signed-in browser request that changes something must send the {CSRF_COOKIE} "
            f"cookie's value in the {CSRF_HEADER} header."
        )


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def check_sign_in_request(request: Request, public_url: str | None) -> None:
    """A request that sets a login cookie must be a JSON request made by our own pages.

    Login CSRF: a cross-site form can post `text/plain` that happens to be JSON and sign a
    victim into the attacker's account. Browsers cannot send `application/json` across
    sites without a CORS preflight (which we never grant), and they say where a request
    comes from in `Sec-Fetch-Site` and `Origin`.
    """
    if request.content_type[0].lower() != "application/json":
        raise HTTPException(status_code=415, detail="Send the body as application/json.")
    site = request.headers.get("sec-fetch-site")
    if site is not None and site.lower() not in ("same-origin", "none"):
        raise Forbidden("Signing in must happen on this site's own pages.")
    origin = request.headers.get("origin")
    if origin is not None:
        allowed = {_origin(str(request.url))} | ({_origin(public_url)} if public_url else set())
        if origin.lower() not in allowed:
            raise Forbidden("Signing in must happen on this site's own pages.")


def is_secure(request: Request, public_url: str | None) -> bool:
    return request.url.scheme == "https" or (public_url or "").startswith("https://")


def session_cookies(
    session_id: str, data: LoginData, *, secure: bool, max_age: int
) -> list[Cookie]:
    return [
        Cookie(
            key=SESSION_COOKIE,
            value=session_id,
            httponly=True,
            secure=secure,
            samesite="lax",
            path="/",
            max_age=max_age,
        ),
        Cookie(
            key=CSRF_COOKIE,
            value=data.csrf,
            httponly=False,  # the web app reads it and echoes it in x-csrftoken
            secure=secure,
            samesite="lax",
            path="/",
            max_age=max_age,
        ),
    ]


def cleared_cookies(*, secure: bool) -> list[Cookie]:
    return [
        Cookie(
            key=name,
            value="",
            httponly=httponly,
            secure=secure,
            samesite="lax",
            path="/",
            max_age=0,
        )
        for name, httponly in ((SESSION_COOKIE, True), (CSRF_COOKIE, False))
    ]


@dataclass(frozen=True, slots=True)
class Limit:
    """At most `hits` in `window` seconds."""

    hits: int
    window: int

    @classmethod
    def parse(cls, text: str) -> Limit:
        hits, _, window = text.partition("/")
        return cls(int(hits), int(window))


# INCR, and EXPIRE on the first hit of a window: one atomic step on the Redis server, so
# concurrent requests in any number of processes each see their own count.
_INCR = """
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return count
"""


class RateLimiter:
    """Fixed-window counters, atomic: in Redis when configured (shared by every process),
    else in this process's store behind a lock."""

    def __init__(self, store: Store, clock=time.time) -> None:
        self.store = store
        self.clock = clock
        self._lock = asyncio.Lock()

    async def _count(self, key: str, ttl: int) -> int:
        store = self.store
        if isinstance(store, RedisStore):
            redis = store._redis  # the store's own client and key namespace
            return int(await redis.eval(_INCR, 1, store._make_key(key), ttl))  # type: ignore[misc]
        async with self._lock:  # get-then-set must not interleave between requests
            count = int(await store.get(key) or 0) + 1
            await store.set(key, str(count), expires_in=ttl)
            return count

    async def hit(self, name: str, key: str, limit: Limit) -> None:
        """Count one attempt; TooManyRequests once `key` has used up its window."""
        now = int(self.clock())
        window = now - now % limit.window
        store_key = f"rate:{name}:{window}:" + hashlib.sha256(key.encode()).hexdigest()[:32]
        count = await self._count(store_key, limit.window + 1)
        if count > limit.hits:
            retry = max(1, window + limit.window - now)
            raise TooManyRequests(f"Too many attempts; try again in {retry} seconds.", retry)


def client_address(request: Request) -> str:
    # uvicorn has already put the client here, from X-Forwarded-For only when the request
    # came through a proxy named in SESSIONS_TRUSTED_PROXIES (see `sessions serve`).
    return request.client.host if request.client else "unknown"


# --- headers on every response -------------------------------------------------------

# The API and calendars need nothing; the web app (same origin) needs its own files only.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
# The interactive API docs load Swagger UI from its CDN, with an inline bootstrap script.
DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; img-src 'self' data: https:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)
HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    # Feed and manage URLs carry secrets: never let them leak through a Referer.
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]


def security_headers(hsts: bool):
    """A `before_send` hook: the security headers on every HTTP response, errors included."""
    common = [*HEADERS]
    if hsts:
        common.append((b"strict-transport-security", b"max-age=31536000"))

    async def before_send(message: Message, scope: Scope) -> None:
        if message["type"] != "http.response.start":
            return
        path = scope.get("path", "")
        csp = DOCS_CSP if path == "/schema" or path.startswith("/schema/") else CSP
        headers = message.setdefault("headers", [])
        if not isinstance(headers, list):
            headers = list(headers)
            message["headers"] = headers
        present = {name.lower() for name, _ in headers}
        for name, value in (*common, (b"content-security-policy", csp.encode())):
            if name not in present:
                headers.append((name, value))
        _private_when_credentialed(scope, headers)

    return before_send


def _credentialed(scope: Scope) -> bool:
    for name, value in scope.get("headers", ()):
        if name == b"authorization" or (name == b"cookie" and SESSION_COOKIE.encode() in value):
            return True
    return False


def _private_when_credentialed(scope: Scope, headers: list) -> None:
    """What a reader sees may depend on who they are (drafts, facilitator notes), so no shared
    cache may keep one reader's answer for another: every read says it varies with the
    credentials, and an answer to a credentialed request is `private` (or `no-store`)."""
    if scope.get("method") not in ("GET", "HEAD"):
        return
    names = [name.lower() for name, _ in headers]
    if b"vary" in names:
        i = names.index(b"vary")
        vary = headers[i][1].decode("latin-1")
        wanted = [v for v in ("Authorization", "Cookie") if v.lower() not in vary.lower()]
        if wanted:
            headers[i] = (b"vary", ", ".join([vary, *wanted]).encode("latin-1"))
    else:
        headers.append((b"vary", b"Authorization, Cookie"))
    if not _credentialed(scope):
        return
    if b"cache-control" in names:
        i = names.index(b"cache-control")
        cache = headers[i][1].decode("latin-1").lower()
        if "no-store" not in cache and "private" not in cache:
            kept = [d.strip() for d in cache.split(",") if d.strip() and d.strip() != "public"]
            headers[i] = (b"cache-control", ", ".join(["private", *kept]).encode("latin-1"))
    else:
        headers.append((b"cache-control", b"private, no-cache"))
