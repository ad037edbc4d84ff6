"""Accounts (organisers and facilitators), their API tokens, and their parts in events."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from uuid import UUID

from sessions.domain.errors import InvalidInput
from sessions.domain.limits import EMAIL_MAX
from sessions.domain.model import EventRole


@dataclass(frozen=True, slots=True)
class Account:
    id: UUID
    email: str
    name: str | None = None
    # argon2id; None: no password yet (the account uses API tokens only).
    password_hash: str | None = field(default=None, repr=False)

    @property
    def credential(self) -> str:
        """Names the current password without revealing it: browser logins remember it, and
        a changed password (a new hash) ends every login made with the old one."""
        if self.password_hash is None:
            return ""
        return hashlib.sha256(self.password_hash.encode()).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class ApiToken:
    """A token's record: the token itself is shown once and stored hashed."""

    id: UUID
    name: str | None
    created_at: datetime
    revoked_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Member:
    """An account's part in one event, as its organisers see it."""

    email: str
    name: str | None
    role: EventRole
    tracks: tuple[str, ...]  # facilitated tracks, in the event's order


@dataclass(frozen=True, slots=True)
class Membership:
    """One event an account has a part in, as the account sees it."""

    slug: str
    role: EventRole
    tracks: tuple[str, ...]


def normalise_email(email: str) -> str:
    email = email.strip()
    local, at, domain = email.rpartition("@")
    if not at or not local or "." not in domain or len(email) > EMAIL_MAX or " " in email:
        raise InvalidInput.single(
            "email", "must be an email address such as ana@example.org", email
        )
    return f"{local}@{domain.lower()}"
