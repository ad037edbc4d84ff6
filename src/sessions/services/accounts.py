"""Accounts (organisers and facilitators): passwords (argon2id), API tokens, who they are.

Login errors never tell whether an email exists: an unknown email costs the
same argon2 verification as a wrong password, and both get the same answer.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from sessions.domain.accounts import Account, ApiToken, Membership, normalise_email
from sessions.domain.errors import InvalidInput, NotFound
from sessions.domain.limits import PASSWORD_MAX
from sessions.services.access import ANONYMOUS, Viewer, require_account
from sessions.services.context import Service
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
class Me:
    id: uuid.UUID
    email: str
    name: str | None
    events: tuple[Membership, ...]


class AccountService(Service):
    async def account(self, email: str) -> Account:
        """The account for `email`, created (without a password) if new."""
        email = normalise_email(email)
        account = await self.uow.accounts.by_email(email)
        if account is None:
            account = await self.uow.accounts.add(email, self.ctx.clock())
        return account

    async def set_password(self, email: str, password: str, name: str | None = None) -> Account:
        """Set (or replace) an account's password, creating the account if it is new."""
        email = normalise_email(email)
        check_password(password)
        hashed = hash_password(password)
        account = await self.account(email)
        return await self.uow.accounts.set_password(account.id, hashed, name=name)

    async def authenticate(self, email: str, password: str) -> Viewer | None:
        """The account for this email and password, or None (the same work either way)."""
        try:
            email = normalise_email(email)
        except InvalidInput:
            email = ""
        account = await self.uow.accounts.by_email(email) if email else None
        stored = account.password_hash if account is not None else None
        try:
            _hasher.verify(stored or _DUMMY_HASH, password[:PASSWORD_MAX])
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return None
        if account is None or stored is None:
            return None
        if _hasher.check_needs_rehash(stored):
            await self.uow.accounts.set_password(account.id, hash_password(password))
        return Viewer(account.id, account.email)

    async def viewer_for_token(self, token: str | None) -> Viewer | None:
        """Who a bearer token speaks for: anonymous without one, None when it is unknown or
        revoked."""
        if not token:
            return ANONYMOUS
        account = await self.uow.accounts.by_token_hash(hash_token(token))
        if account is None:
            return None
        return Viewer(account.id, account.email)

    async def viewer_for_account(
        self, account_id: uuid.UUID, via_cookie: bool, credential: str | None = None
    ) -> Viewer | None:
        """The account behind a login; None if it is gone, or if `credential` (the password
        the login was made with) is no longer the account's: a password change ends it."""
        account = await self.uow.accounts.get(account_id)
        if account is None or (credential is not None and credential != account.credential):
            return None
        return Viewer(account.id, account.email, via_cookie=via_cookie)

    async def credential(self, account_id: uuid.UUID) -> str:
        account = await self.uow.accounts.get(account_id)
        return account.credential if account is not None else ""

    async def me(self, viewer: Viewer) -> Me:
        require_account(viewer)
        assert viewer.account_id is not None
        account = await self.uow.accounts.get(viewer.account_id)
        if account is None:
            raise NotFound("No such account.")
        memberships = await self.uow.members.memberships(account.id)
        return Me(account.id, account.email, account.name, tuple(memberships))

    async def tokens(self, viewer: Viewer) -> list[ApiToken]:
        require_account(viewer)
        assert viewer.account_id is not None
        return await self.uow.accounts.tokens(viewer.account_id)

    async def create_token(self, viewer: Viewer, name: str | None = None) -> tuple[ApiToken, str]:
        """A new API token for the signed-in account: shown once, stored hashed."""
        require_account(viewer)
        assert viewer.account_id is not None
        token = new_api_token()
        info = await self.uow.accounts.add_token(
            viewer.account_id, hash_token(token), self.ctx.clock(), name
        )
        return info, token

    async def token_for(self, email: str) -> tuple[Account, str]:
        """The account for `email` (created if new) and a fresh API token for it: what
        `sessions create-organiser` prints."""
        account = await self.account(email)
        _, token = await self.create_token(Viewer(account.id, account.email))
        return account, token

    async def revoke_token(self, viewer: Viewer, token_id: uuid.UUID) -> None:
        require_account(viewer)
        assert viewer.account_id is not None
        if not await self.uow.accounts.revoke_token(viewer.account_id, token_id, self.ctx.clock()):
            raise NotFound(f"No token {token_id}.")


__all__ = ["AccountService", "Me", "check_password", "hash_password"]
