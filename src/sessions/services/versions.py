"""ETags and If-Match: every mutable resource carries its version."""

from __future__ import annotations

from sessions.domain.errors import StaleVersion


def event_etag(version: int) -> str:
    return f'"e{version}"'


def track_etag(version: int) -> str:
    return f'"t{version}"'


def session_etag(version: int) -> str:
    return f'"s{version}"'


def check_if_match(if_match: str | None, current: str) -> None:
    """`If-Match` is optional for API clients; when given it must name the current version."""
    if if_match is None:
        return
    candidates = [tag.strip() for tag in if_match.split(",")]
    if "*" in candidates or current in candidates:
        return
    raise StaleVersion(
        f"The resource has changed (its ETag is now {current}); read it again and retry."
    )


# What a caller's If-Match names: one version, several (any of them matches), or None (no
# precondition).
Expected = int | frozenset[int] | None


def check_version(expected: Expected, current: int, what: str = "resource") -> None:
    """Optimistic concurrency on typed values: `expected` comes from the caller's `If-Match`
    (parsed at the edge); None means the caller sent no precondition."""
    if expected is None or current in (
        expected if isinstance(expected, frozenset) else (expected,)
    ):
        return
    raise StaleVersion(
        f"The {what} has changed (it is now at version {current}); read it again and retry."
    )
