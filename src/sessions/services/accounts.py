"""Accounts (organisers and facilitators): passwords (argon2id), API tokens, who they are.

Login errors never tell whether an email exists: an unknown email costs the
same argon2 verification as a wrong password, and both get the same answer.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select

from sessions.domain.errors import InvalidInput, NotFound
from sessions.domain.limits import PASSWORD_MAX
from sessions.persistence.tables import (
    AccountRow,
    ApiTokenRow,
    EventMemberRow,
    EventRow,
    TrackFacilitatorRow,
    TrackRow,
)
from sessions.services.access import Viewer, require_account
from sessions.services.context import Service
from sessions.services.organisers import normalise_email
from sessions.services.tokens import hash_token, new_api_token

PASSWORD_MIN = 10

_hasher = PasswordHasher()  # argon2id, the library's current recommended parameters
# Verified against when the email is unknown, so both cases cost the same.
_DUMMY_HASH = _hasher.hash("not a password anyone has" + uuid.uuid4().hex)


def check_password(password: str, field: str = "password") -> None:
    if len(password) < PASSWORD_MIN:
        raise InvalidInput.single(field, f"must be at least {PASSWORD_MIN} characters long")
    if len(password) > PASSWORD_MAX:
        raise InvalidInput.single(field, f"must be at most {PASSWORD_MAX} characters long")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


@dataclass(frozen=True, slots=True)
class Membership:
    slug: str
    role: str
    tracks: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Me:
    id: uuid.UUID
    email: str
    name: str | None
    events: tuple[Membership, ...]


@dataclass(frozen=True, slots=True)
class TokenInfo:
    id: uuid.UUID
    name: str | None
    created_at: datetime
    revoked_at: datetime | None


class AccountService(Service):
    async def set_password(self, email: str, password: str, name: str | None = None) -> AccountRow:
        """Set (or replace) an account's password, creating the account if it is new."""
        email = normalise_email(email)
        check_password(password)
        hashed = hash_password(password)
        db_session = self.uow.db_session
        account = await self.uow.accounts.by_email(email)
        if account is None:
            account = AccountRow(email=email, created_at=self.ctx.clock())
            db_session.add(account)
        account.password_hash = hashed
        if name is not None:
            account.name = name
        await db_session.flush()
        return account

    async def authenticate(self, email: str, password: str) -> Viewer | None:
        """The account for this email and password, or None (the same work either way)."""
        try:
            email = normalise_email(email)
        except InvalidInput:
            email = ""
        db_session = self.uow.db_session
        account = await self.uow.accounts.by_email(email) if email else None
        stored = account.password_hash if account is not None else None
        try:
            _hasher.verify(stored or _DUMMY_HASH, password[:PASSWORD_MAX])
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return None
        if account is None or stored is None:
            return None
        if _hasher.check_needs_rehash(stored):
            db_session = self.uow.db_session
            row = await db_session.get(AccountRow, account.id)
            if row is not None:
                row.password_hash = hash_password(password)
        return Viewer(account.id, account.email)

    async def viewer_for_account(self, account_id: uuid.UUID, via_cookie: bool) -> Viewer | None:
        db_session = self.uow.db_session
        account = await db_session.get(AccountRow, account_id)
        if account is None:
            return None
        return Viewer(account.id, account.email, via_cookie=via_cookie)

    async def me(self, viewer: Viewer) -> Me:
        require_account(viewer)
        db_session = self.uow.db_session
        account = await db_session.get(AccountRow, viewer.account_id)
        if account is None:
            raise NotFound("No such account.")
        rows = await db_session.execute(
            select(EventRow.id, EventRow.slug, EventMemberRow.role)
            .join(EventMemberRow, EventMemberRow.event_id == EventRow.id)
            .where(EventMemberRow.organiser_id == account.id)
            .order_by(EventRow.start_date, EventRow.slug)
        )
        members = rows.all()
        tracks: dict[uuid.UUID, list[str]] = {}
        for event_id, slug in await db_session.execute(
            select(TrackRow.event_id, TrackRow.slug)
            .join(TrackFacilitatorRow, TrackFacilitatorRow.track_id == TrackRow.id)
            .where(TrackFacilitatorRow.organiser_id == account.id)
            .order_by(TrackRow.position)
        ):
            tracks.setdefault(event_id, []).append(slug)
        return Me(
            account.id,
            account.email,
            account.name,
            tuple(
                Membership(slug, role, tuple(tracks.get(event_id, ())))
                for event_id, slug, role in members
            ),
        )

    async def tokens(self, viewer: Viewer) -> list[TokenInfo]:
        require_account(viewer)
        db_session = self.uow.db_session
        rows = await db_session.scalars(
            select(ApiTokenRow)
            .where(ApiTokenRow.organiser_id == viewer.account_id)
            .order_by(ApiTokenRow.created_at, ApiTokenRow.id)
        )
        return [TokenInfo(r.id, r.name, r.created_at, r.revoked_at) for r in rows]

    async def create_token(self, viewer: Viewer, name: str | None) -> tuple[TokenInfo, str]:
        """A new API token for the signed-in account: shown once, stored hashed."""
        require_account(viewer)
        token = new_api_token()
        now = self.ctx.clock()
        db_session = self.uow.db_session
        row = ApiTokenRow(
            organiser_id=viewer.account_id,
            token_hash=hash_token(token),
            created_at=now,
            name=name,
        )
        db_session.add(row)
        await db_session.flush()
        info = TokenInfo(row.id, row.name, row.created_at, None)
        return info, token

    async def revoke_token(self, viewer: Viewer, token_id: uuid.UUID) -> None:
        require_account(viewer)
        db_session = self.uow.db_session
        row = await db_session.get(ApiTokenRow, token_id)
        # Someone else's token does not exist for this account.
        if row is None or row.organiser_id != viewer.account_id:
            raise NotFound(f"No token {token_id}.")
        if row.revoked_at is None:
            row.revoked_at = self.ctx.clock()


__all__ = ["AccountService", "Me", "Membership", "TokenInfo", "check_password", "hash_password"]
