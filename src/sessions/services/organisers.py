"""Organiser accounts and their API tokens (stored hashed)."""

from __future__ import annotations

from sessions.domain.errors import InvalidInput
from sessions.persistence.tables import AccountRow, ApiTokenRow
from sessions.services.access import ANONYMOUS, Viewer
from sessions.services.context import Service
from sessions.services.tokens import hash_token, new_api_token


def normalise_email(email: str) -> str:
    email = email.strip()
    local, at, domain = email.rpartition("@")
    if not at or not local or "." not in domain or len(email) > 254 or " " in email:
        raise InvalidInput.single(
            "email", "must be an email address such as ana@example.org", email
        )
    return f"{local}@{domain.lower()}"


class OrganiserService(Service):
    async def create_token(self, email: str) -> tuple[AccountRow, str]:
        """The organiser (created if new) and a fresh token, shown once and stored hashed."""
        email = normalise_email(email)
        token = new_api_token()
        now = self.ctx.clock()
        db_session = self.uow.db_session
        organiser = await self.uow.accounts.by_email(email)
        if organiser is None:
            organiser = AccountRow(email=email, created_at=now)
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
        organiser = await self.uow.accounts.by_token_hash(hash_token(token))
        if organiser is None:
            return None
        return Viewer(organiser.id, organiser.email)

    async def account(self, email: str) -> AccountRow:
        """The account for `email`, created (without a password) if new."""
        email = normalise_email(email)
        db_session = self.uow.db_session
        organiser = await self.uow.accounts.by_email(email)
        if organiser is None:
            organiser = AccountRow(email=email, created_at=self.ctx.clock())
            db_session.add(organiser)
            await db_session.flush()
        return organiser
