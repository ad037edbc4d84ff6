"""Organiser accounts and their API tokens (stored hashed)."""

from __future__ import annotations

import hashlib
import secrets

from sessions.domain.errors import InvalidInput
from sessions.persistence.repositories import OrganiserRepository
from sessions.persistence.tables import ApiTokenRow, OrganiserRow
from sessions.services.access import ANONYMOUS, Viewer
from sessions.services.context import ServiceContext

TOKEN_PREFIX = "ses_"


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> str:
    """A 256-bit random API token."""
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def normalise_email(email: str) -> str:
    email = email.strip()
    local, at, domain = email.rpartition("@")
    if not at or not local or "." not in domain or len(email) > 254 or " " in email:
        raise InvalidInput.single(
            "email", "must be an email address such as ana@example.org", email
        )
    return f"{local}@{domain.lower()}"


class OrganiserService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    async def create_token(self, email: str) -> tuple[OrganiserRow, str]:
        """The organiser (created if new) and a fresh token, shown once and stored hashed."""
        email = normalise_email(email)
        token = new_token()
        now = self.ctx.clock()
        async with self.ctx.db.begin() as db_session:
            organiser = await OrganiserRepository(db_session).by_email(email)
            if organiser is None:
                organiser = OrganiserRow(email=email, created_at=now)
                db_session.add(organiser)
                await db_session.flush()
            db_session.add(
                ApiTokenRow(organiser_id=organiser.id, token_hash=hash_token(token), created_at=now)
            )
        return organiser, token

    async def viewer_for_token(self, token: str | None) -> Viewer | None:
        """The organiser a bearer token belongs to; None when the token is unknown or revoked."""
        if not token:
            return ANONYMOUS
        async with self.ctx.db() as db_session:
            organiser = await OrganiserRepository(db_session).by_token_hash(hash_token(token))
        if organiser is None:
            return None
        return Viewer(organiser.id, organiser.email)

    async def account(self, email: str) -> OrganiserRow:
        """The account for `email`, created (without a password) if new."""
        email = normalise_email(email)
        async with self.ctx.db.begin() as db_session:
            organiser = await OrganiserRepository(db_session).by_email(email)
            if organiser is None:
                organiser = OrganiserRow(email=email, created_at=self.ctx.clock())
                db_session.add(organiser)
                await db_session.flush()
            return organiser
